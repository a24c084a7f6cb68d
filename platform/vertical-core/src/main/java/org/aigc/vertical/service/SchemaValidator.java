package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Json;

/** Validates task inputs and JSON outputs against the task's JSON Schema (draft 2020-12). */
public final class SchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    /** Field errors of the instance; empty when it is valid. Fields are dotted paths ({@code character.name}). */
    public static List<FieldError> validate(String schemaJson, JsonNode instance) {
        JsonSchema schema = CACHE.computeIfAbsent(schemaJson, s -> FACTORY.getSchema(Json.tree(s)));
        return schema.validate(instance).stream()
                .map(SchemaValidator::toFieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static FieldError toFieldError(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        // a missing required property is reported at its parent; name the property itself
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            location = location + "." + message.getProperty();
        }
        String field = location.replaceFirst("^\\$\\.?", "");
        return new FieldError(field.isEmpty() ? "input" : field, message.getMessage());
    }
}
