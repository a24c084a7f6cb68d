package org.aigc.generation.domain;

import org.aigc.contracts.TokenUsage;

/**
 * What a model answered to one call.
 *
 * @param providerModel the model id that reached the wire (as the provider reports it)
 */
public record ModelReply(String content, String finishReason, TokenUsage usage, String providerModel) {
}
