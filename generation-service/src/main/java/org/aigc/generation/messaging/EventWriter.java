package org.aigc.generation.messaging;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aigc.contracts.Json;

/**
 * Serialises events like {@link Json#write(Object)}, but writes decimals in plain notation: {@code Json.MAPPER} would
 * write a cost of 0.00000015 as {@code "1.5E-7"}, which breaks the UsageRecorded schema's {@code cost} pattern.
 */
final class EventWriter {

    private static final ObjectMapper MAPPER = Json.MAPPER.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventWriter() {
    }

    static String write(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
