package org.aigc.contracts;

import java.time.Instant;

/** Fields every platform event carries. */
public interface Event {

    int SCHEMA_VERSION = 1;

    String eventId();

    String requestId();

    String tenantId();

    String vertical();

    Instant occurredAt();

    int schemaVersion();
}
