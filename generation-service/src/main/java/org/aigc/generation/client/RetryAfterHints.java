package org.aigc.generation.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@code Retry-After} a provider sent, per endpoint and provider model. LangChain4j drops response headers
 * when it maps a 429/503 to an exception, so {@link RetryAfterFilter} notes the header here and the caller's retry
 * reads it right after the failure. Keyed by endpoint + model id, not per call: a provider's "wait" applies to
 * everyone calling that model with that key, which is also what the next retry of any call should respect.
 */
public final class RetryAfterHints {

    private static final Map<String, Instant> NOT_BEFORE = new ConcurrentHashMap<>();

    private RetryAfterHints() {
    }

    static void note(String endpoint, String providerModel, Duration wait) {
        NOT_BEFORE.put(key(endpoint, providerModel), Instant.now().plus(wait));
    }

    /**
     * How long the provider asked to wait from now, if it asked; the hint is consumed so that it only shapes the
     * retry of the failure that carried it (a stale hint must not hold back a later, unrelated retry).
     */
    public static Optional<Duration> take(String endpoint, String providerModel) {
        Instant until = NOT_BEFORE.remove(key(endpoint, providerModel));
        if (until == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Optional.empty() : Optional.of(left);
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (RuntimeException unparseable) {
                return Optional.empty();
            }
        }
    }

    /** Endpoint as host:port + path prefix up to {@code /chat}: the base URL the registry configured. */
    static String key(String endpoint, String providerModel) {
        String base = endpoint == null ? "" : endpoint.replaceAll("/+$", "");
        return base + "#" + providerModel;
    }
}
