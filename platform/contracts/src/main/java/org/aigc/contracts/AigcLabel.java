package org.aigc.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The implicit AI-content label of GB 45438-2025 (Annex E), carried as metadata object {@code AIGC}.
 * {@code Label} "1" means AI-generated; {@code ReservedCode1} holds the producer's HMAC over content and ids.
 */
public record AigcLabel(
        @JsonProperty("Label") String label,
        @JsonProperty("ContentProducer") String contentProducer,
        @JsonProperty("ProduceID") String produceId,
        @JsonProperty("ReservedCode1") String reservedCode1,
        @JsonProperty("ContentPropagator") String contentPropagator,
        @JsonProperty("PropagateID") String propagateId,
        @JsonProperty("ReservedCode2") String reservedCode2) {
}
