package org.aigc.contracts;

/** Final states of a generation, and the in-between states a job can be seen in. */
public enum GenerationStatus {
    /** Accepted by the gateway, not yet finished. Never published in {@link GenerationCompleted}. */
    PENDING,
    COMPLETED,
    BLOCKED,
    NEEDS_REVIEW,
    FAILED,
    REJECTED;

    public boolean isFinal() {
        return this != PENDING && this != NEEDS_REVIEW;
    }
}
