package org.aigc.contracts;

/**
 * Caller options of a generation request. All fields are optional.
 *
 * @param model     model alias to use instead of the template's default (if the tenant may)
 * @param locale    output locale, e.g. {@code en-US} or {@code zh-CN}; selects label and disclaimer language
 * @param stream    whether model deltas should be streamed to {@code aigc.model-chunks}
 * @param maxTokens upper bound on completion tokens, within the template's limit
 */
public record GenerationOptions(String model, String locale, boolean stream, Integer maxTokens) {

    public static GenerationOptions none() {
        return new GenerationOptions(null, null, false, null);
    }
}
