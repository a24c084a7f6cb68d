package org.aigc.generation.service;

import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.ModelCallRequested;

/**
 * Tokens a call may spend, known before it goes out: about 4 characters per prompt token plus the answer's
 * {@code maxTokens} (256 when the call sets none). Only used to reserve TPM budget; usage corrects it afterwards.
 */
final class TokenEstimate {

    static final int DEFAULT_COMPLETION = 256;

    private TokenEstimate() {
    }

    static int of(ModelCallRequested call) {
        int chars = 0;
        for (ChatMessage message : call.messages()) {
            chars += message.content() == null ? 0 : message.content().length();
        }
        int completion = call.maxTokens() == null ? DEFAULT_COMPLETION : call.maxTokens();
        return Math.max(1, chars / 4) + completion;
    }
}
