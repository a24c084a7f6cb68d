package org.aigc.generation.domain;

/**
 * One entry of the model registry.
 *
 * @param alias         what calls name ({@code default}, {@code offline}, ...)
 * @param name          the model that actually answers, reported as {@code model} in results ({@code offline} when
 *                      {@code default} falls back to the built-in model)
 * @param providerModel provider model id sent on the wire
 */
public record RegisteredModel(String alias, String name, ModelKind kind, String providerModel, Pricing pricing,
        ModelClient client) {
}
