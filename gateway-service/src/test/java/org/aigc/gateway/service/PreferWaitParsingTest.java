package org.aigc.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PreferWaitParsingTest {

    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void readsTheWaitPreferenceAmongOthers() {
        assertThat(PreferWait.parse("wait=10", MAX)).contains(Duration.ofSeconds(10));
        assertThat(PreferWait.parse("respond-async, wait=5", MAX)).contains(Duration.ofSeconds(5));
        assertThat(PreferWait.parse("Wait = 7 ; foo", MAX)).contains(Duration.ofSeconds(7));
    }

    @Test
    void capsLongWaitsAndIgnoresNonsense() {
        assertThat(PreferWait.parse("wait=3600", MAX)).contains(MAX);
        assertThat(PreferWait.parse("wait=0", MAX)).isEmpty();
        assertThat(PreferWait.parse("wait=-3", MAX)).isEmpty();
        assertThat(PreferWait.parse("wait=soon", MAX)).isEmpty();
        assertThat(PreferWait.parse("return=minimal", MAX)).isEmpty();
        assertThat(PreferWait.parse(null, MAX)).isEmpty();
    }
}
