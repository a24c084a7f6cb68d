package org.aigc.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas under {@code schemas/<EventName>.schema.json} are the contract of each event type. Consumers that
 * need to reject a structurally broken record early can call {@link #validate(Class, String)}.
 */
public final class EventSchemas {

    /** Every event type of the platform, in topic order of DESIGN.md section 3. */
    public static final List<Class<? extends Event>> TYPES = List.of(GenerationRequested.class,
            ModelCallRequested.class, ModelCallCompleted.class, ModelChunk.class, GenerationCompleted.class,
            UsageRecorded.class, GenerationCancelled.class);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<Class<?>, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static String resourceName(Class<?> type) {
        return "schemas/" + type.getSimpleName() + ".schema.json";
    }

    public static JsonSchema schema(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resourceName(t))) {
                if (in == null) {
                    throw new IllegalStateException("no JSON Schema for " + t.getSimpleName());
                }
                return FACTORY.getSchema(Json.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Violations of the type's schema; empty when the payload is valid. */
    public static List<String> violations(Class<?> type, JsonNode payload) {
        return schema(type).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Parses and validates a payload, throwing {@link MalformedEventException} when it breaks the contract. */
    public static <T> T validate(Class<T> type, String payload) {
        List<String> violations = violations(type, Json.tree(payload));
        if (!violations.isEmpty()) {
            throw new MalformedEventException(type.getSimpleName() + " violates its schema: " + violations);
        }
        return Json.read(payload, type);
    }
}
