package org.aigc.outbox;

import java.util.UUID;

/** One event waiting in the outbox table. */
record OutboxRecord(UUID id, String topic, String key, String eventType, String payload) {
}
