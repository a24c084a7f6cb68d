package org.aigc.gateway.domain;

import org.aigc.contracts.GenerationStatus;

/**
 * A job's state as the gateway keeps it: the {@link GenerationStatus} values plus {@code CANCELLED}, a gateway-side
 * state (the contracts have no cancel event; a result that arrives for a cancelled job is ignored).
 */
public enum JobStatus {
    PENDING, COMPLETED, BLOCKED, NEEDS_REVIEW, FAILED, REJECTED, CANCELLED;

    public static JobStatus of(GenerationStatus status) {
        return valueOf(status.name());
    }

    /** Whether the job can still change: pending, or held for review (a reviewer's decision follows). */
    public boolean isOpen() {
        return this == PENDING || this == NEEDS_REVIEW;
    }
}
