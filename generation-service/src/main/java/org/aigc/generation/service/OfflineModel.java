package org.aigc.generation.service;

import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.generation.domain.ModelClient;
import org.aigc.generation.domain.ModelReply;

/**
 * The built-in development model: deterministic, no network. Its text says plainly that it is offline output, so it
 * is never mistaken for AI quality; a structured call gets a valid instance of the requested schema, so every task
 * completes on a fresh machine. Token counts are estimates (about four characters per token).
 */
public final class OfflineModel implements ModelClient {

    public static final String NAME = "offline";
    static final String PREFIX = "[offline model] ";
    private static final int MAX_ECHO = 200;

    @Override
    public ModelReply chat(ModelCallRequested call) {
        String content = call.responseSchema() != null
                ? Json.write(SchemaInstanceGenerator.instanceOf(call.responseSchema()))
                : text(call);
        return new ModelReply(content, "stop", new TokenUsage(promptTokens(call), estimateTokens(content)), NAME);
    }

    private static String text(ModelCallRequested call) {
        String asked = lastUserMessage(call).strip().replaceAll("\\s+", " ");
        if (asked.length() > MAX_ECHO) {
            asked = asked.substring(0, MAX_ECHO) + "...";
        }
        return PREFIX + "This is offline development output, not AI-generated content: no model is configured. "
                + "You asked" + (call.task() != null ? " (task " + call.task() + ")" : "") + ": \"" + asked + "\"";
    }

    private static String lastUserMessage(ModelCallRequested call) {
        String last = "";
        for (ChatMessage message : call.messages()) {
            if ("user".equals(message.role()) && message.content() != null) {
                last = message.content();
            }
        }
        return last;
    }

    private static int promptTokens(ModelCallRequested call) {
        int chars = 0;
        for (ChatMessage message : call.messages()) {
            chars += message.content() == null ? 0 : message.content().length();
        }
        return Math.max(1, chars / 4);
    }

    static int estimateTokens(String text) {
        return Math.max(1, text.length() / 4);
    }
}
