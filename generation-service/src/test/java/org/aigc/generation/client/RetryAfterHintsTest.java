package org.aigc.generation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryAfterHintsTest {

    @Test
    void parsesSecondsAndHttpDates() {
        assertThat(RetryAfterHints.parse("2")).contains(Duration.ofSeconds(2));
        assertThat(RetryAfterHints.parse(" 0.5 ")).contains(Duration.ofMillis(500));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                .plusSeconds(10));
        assertThat(RetryAfterHints.parse(inTenSeconds).orElseThrow()).isBetween(Duration.ofSeconds(8),
                Duration.ofSeconds(10));
        assertThat(RetryAfterHints.parse("soon")).isEmpty();
        assertThat(RetryAfterHints.parse(null)).isEmpty();
    }

    @Test
    void aHintIsPerEndpointAndModelAndUsedOnce() {
        RetryAfterHints.note("http://a/v1", "m1", Duration.ofSeconds(5));

        assertThat(RetryAfterHints.take("http://a/v1", "m2")).isEmpty();
        assertThat(RetryAfterHints.take("http://b/v1", "m1")).isEmpty();
        assertThat(RetryAfterHints.take("http://a/v1/", "m1").orElseThrow()).isBetween(Duration.ofSeconds(4),
                Duration.ofSeconds(5));
        assertThat(RetryAfterHints.take("http://a/v1", "m1")).isEmpty();
    }
}
