package org.aigc.vertical.service;

import java.util.List;
import org.aigc.contracts.ChatMessage;

/** The rendered prompt of one request and the template version it came from. */
public record PreparedPrompt(int templateVersion, List<ChatMessage> messages) {
}
