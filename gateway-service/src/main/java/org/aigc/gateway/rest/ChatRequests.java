package org.aigc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.ChatCall;

/**
 * Reads an OpenAI chat completion request. Fields the platform does not implement (tools, logprobs, ...) are ignored
 * as OpenAI-compatible servers commonly do, except {@code n} other than 1, which would change the answer's shape.
 */
final class ChatRequests {

    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");
    private static final int MAX_MESSAGES = 200;

    private ChatRequests() {
    }

    static ChatCall parse(JsonNode body, int maxTokensLimit) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode model = body.path("model");
        if (!model.isTextual() || !MODEL.matcher(model.asText()).matches()) {
            errors.add(new FieldError("model", "required, a model alias (see GET /v1/models)"));
        }
        List<ChatMessage> messages = messages(body.path("messages"), errors);
        Integer maxTokens = null;
        JsonNode tokens = body.has("max_completion_tokens") ? body.get("max_completion_tokens")
                : body.get("max_tokens");
        if (tokens != null && !tokens.isNull()) {
            if (tokens.isIntegralNumber() && tokens.asLong() >= 1 && tokens.asLong() <= maxTokensLimit) {
                maxTokens = tokens.asInt();
            } else {
                errors.add(new FieldError("max_tokens", "an integer from 1 to " + maxTokensLimit));
            }
        }
        Double temperature = null;
        JsonNode temp = body.get("temperature");
        if (temp != null && !temp.isNull()) {
            if (temp.isNumber() && temp.asDouble() >= 0 && temp.asDouble() <= 2) {
                temperature = temp.asDouble();
            } else {
                errors.add(new FieldError("temperature", "a number from 0 to 2"));
            }
        }
        JsonNode n = body.get("n");
        if (n != null && !n.isNull() && n.asInt(0) != 1) {
            errors.add(new FieldError("n", "only 1 is supported"));
        }
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) {
            errors.add(new FieldError("stream", "must be a boolean"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, errors.size() + " invalid field(s)", errors);
        }
        return new ChatCall(model.asText(), messages, temperature, maxTokens, stream != null && stream.asBoolean());
    }

    private static List<ChatMessage> messages(JsonNode node, List<FieldError> errors) {
        List<ChatMessage> messages = new ArrayList<>();
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_MESSAGES) {
            errors.add(new FieldError("messages", "1 to " + MAX_MESSAGES + " messages"));
            return messages;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode message = node.get(i);
            String role = message.path("role").asText("");
            String content = content(message.path("content"));
            if (!ROLES.contains(role) || content == null) {
                errors.add(new FieldError("messages[" + i + "]", "role system, developer, user or assistant with "
                        + "text content"));
                continue;
            }
            messages.add(new ChatMessage(role.equals("developer") ? "system" : role, content));
        }
        return messages;
    }

    /** A string, or an array of parts of which the text parts are joined. */
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (!"text".equals(part.path("type").asText()) || !part.path("text").isTextual()) {
                return null;
            }
            text.append(part.path("text").asText());
        }
        return text.toString();
    }
}
