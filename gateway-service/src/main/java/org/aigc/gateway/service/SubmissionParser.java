package org.aigc.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationOptions;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;

/**
 * Parses and checks a generation request body. Only the envelope is checked here: whether the task exists and the
 * input fits it is the industry service's call (it answers REJECTED), so the gateway needs no per-task knowledge.
 */
@ApplicationScoped
public class SubmissionParser {

    private static final Set<String> FIELDS = Set.of("task", "input", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("model", "locale", "stream", "maxTokens");
    private static final Pattern TASK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    private final GatewayConfig.Limits limits;

    SubmissionParser(GatewayConfig config) {
        this.limits = config.limits();
    }

    /** Checks a parsed body (a JSON object); every invalid field is reported at once. */
    public Submission parse(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        unknownFields(root, FIELDS, "", errors);
        String task = task(root.get("task"), errors);
        JsonNode input = root.get("input");
        if (input == null || !input.isObject()) {
            errors.add(new FieldError("input", "required, must be an object"));
        }
        GenerationOptions options = options(root.get("options"), errors);
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, errors.size() + " invalid field(s)", errors);
        }
        return new Submission(task, (ObjectNode) input, options);
    }

    private String task(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldError("task", "required, must be a non-empty string"));
            return null;
        }
        String task = node.asText();
        if (task.length() > limits.taskLength()) {
            errors.add(new FieldError("task", "at most " + limits.taskLength() + " characters"));
        } else if (!TASK.matcher(task).matches()) {
            errors.add(new FieldError("task", "letters, digits, '.', '_' and '-' only"));
        }
        return task;
    }

    private GenerationOptions options(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return GenerationOptions.none();
        }
        if (!node.isObject()) {
            errors.add(new FieldError("options", "must be an object"));
            return GenerationOptions.none();
        }
        unknownFields(node, OPTION_FIELDS, "options.", errors);
        String model = text(node, "model", MODEL, errors);
        String locale = text(node, "locale", LOCALE, errors);
        boolean stream = false;
        JsonNode streamNode = node.get("stream");
        if (streamNode != null && !streamNode.isNull()) {
            if (streamNode.isBoolean()) {
                stream = streamNode.booleanValue();
            } else {
                errors.add(new FieldError("options.stream", "must be a boolean"));
            }
        }
        Integer maxTokens = null;
        JsonNode tokens = node.get("maxTokens");
        if (tokens != null && !tokens.isNull()) {
            if (tokens.canConvertToInt() && tokens.isIntegralNumber() && tokens.intValue() >= 1
                    && tokens.intValue() <= limits.maxTokens()) {
                maxTokens = tokens.intValue();
            } else {
                errors.add(new FieldError("options.maxTokens", "an integer from 1 to " + limits.maxTokens()));
            }
        }
        return new GenerationOptions(model, locale, stream, maxTokens);
    }

    private static String text(JsonNode options, String field, Pattern pattern, List<FieldError> errors) {
        JsonNode node = options.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            errors.add(new FieldError("options." + field, "must be a string matching " + pattern.pattern()));
            return null;
        }
        return node.asText();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String path, List<FieldError> errors) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError(path + abbreviate(name), "unknown field"));
            }
        }
    }

    private static String abbreviate(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "..." : name;
    }
}
