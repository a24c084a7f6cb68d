package org.aigc.gateway.service;

import java.util.Optional;
import java.util.UUID;

/** Ids from outside (paths, events) that may not be UUIDs at all. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
