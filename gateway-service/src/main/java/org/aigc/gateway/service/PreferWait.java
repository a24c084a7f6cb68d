package org.aigc.gateway.service;

import java.time.Duration;
import java.util.Optional;

/** Reads the {@code wait} preference of an RFC 7240 {@code Prefer} header, e.g. {@code Prefer: respond-async, wait=10}. */
public final class PreferWait {

    private PreferWait() {
    }

    /** The wait asked for, capped at {@code max}; empty when none (or zero, or unreadable) was asked for. */
    public static Optional<Duration> parse(String prefer, Duration max) {
        if (prefer == null || prefer.length() > 1024) {
            return Optional.empty();
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].trim();
            int equals = token.indexOf('=');
            if (equals < 0 || !token.substring(0, equals).trim().equalsIgnoreCase("wait")) {
                continue;
            }
            String value = token.substring(equals + 1).trim().replace("\"", "");
            try {
                long seconds = Long.parseLong(value);
                if (seconds <= 0) {
                    return Optional.empty();
                }
                Duration wait = Duration.ofSeconds(Math.min(seconds, max.toSeconds()));
                return wait.isZero() ? Optional.empty() : Optional.of(wait);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
