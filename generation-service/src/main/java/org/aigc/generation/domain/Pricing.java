package org.aigc.generation.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.aigc.contracts.TokenUsage;

/** Price of a model per 1,000 prompt and completion tokens. Exact decimals: money never goes through a double. */
public record Pricing(BigDecimal inputPer1k, BigDecimal outputPer1k, String currency) {

    public static final String USD = "USD";
    public static final Pricing FREE = new Pricing(BigDecimal.ZERO, BigDecimal.ZERO, USD);

    public Pricing {
        Objects.requireNonNull(inputPer1k, "inputPer1k");
        Objects.requireNonNull(outputPer1k, "outputPer1k");
        Objects.requireNonNull(currency, "currency");
        if (inputPer1k.signum() < 0 || outputPer1k.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** Exact cost of the tokens, without trailing zeros (and plain zero when free). */
    public BigDecimal cost(TokenUsage usage) {
        BigDecimal cost = BigDecimal.valueOf(usage.promptTokens()).multiply(inputPer1k)
                .add(BigDecimal.valueOf(usage.completionTokens()).multiply(outputPer1k))
                .movePointLeft(3);
        if (cost.signum() == 0) {
            return BigDecimal.ZERO;
        }
        cost = cost.stripTrailingZeros();
        return cost.scale() < 0 ? cost.setScale(0) : cost;
    }
}
