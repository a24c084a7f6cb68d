package org.aigc.generation.domain;

import java.util.List;

/**
 * One entry of the model registry.
 *
 * @param alias         what calls name ({@code default}, {@code offline}, {@code support-lora} ...)
 * @param name          reported as {@code model} in results: the alias, or {@code offline} when {@code default} is
 *                      the built-in model
 * @param providerModel provider model id sent on the wire
 * @param baseModel     the base of a LoRA adapter or fine-tune, or null
 * @param endpoint      the provider base URL (never listed), or null for the offline model
 * @param defaults      temperature / max tokens applied when a call leaves them unset
 * @param fallbacks     aliases tried in order when this one fails
 * @param streaming     the streaming client, or null when the model cannot stream (offline)
 */
public record RegisteredModel(String alias, String name, ModelKind kind, String providerModel, String baseModel,
        String endpoint, Pricing pricing, ModelLimits limits, CallDefaults defaults, List<String> fallbacks,
        ModelClient client, StreamingModelClient streaming) {

    /** Temperature and max tokens a model applies when the call does not say. */
    public record CallDefaults(Double temperature, Integer maxTokens) {
        public static final CallDefaults NONE = new CallDefaults(null, null);
    }
}
