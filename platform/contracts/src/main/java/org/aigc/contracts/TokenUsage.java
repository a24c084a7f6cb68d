package org.aigc.contracts;

/** Token counts of one or more model calls. */
public record TokenUsage(int promptTokens, int completionTokens) {

    public static final TokenUsage ZERO = new TokenUsage(0, 0);

    public int totalTokens() {
        return promptTokens + completionTokens;
    }

    public TokenUsage plus(TokenUsage other) {
        return other == null ? this
                : new TokenUsage(promptTokens + other.promptTokens, completionTokens + other.completionTokens);
    }
}
