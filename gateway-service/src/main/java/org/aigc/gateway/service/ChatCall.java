package org.aigc.gateway.service;

import java.util.List;
import org.aigc.contracts.ChatMessage;

/** A validated, screened {@code /v1/chat/completions} request. */
public record ChatCall(String model, List<ChatMessage> messages, Double temperature, Integer maxTokens,
        boolean stream) {

    public int chars() {
        return messages.stream().mapToInt(m -> m.content().length() + m.role().length()).sum();
    }
}
