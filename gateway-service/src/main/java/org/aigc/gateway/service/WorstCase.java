package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aigc.gateway.config.GatewayConfig;

/**
 * The most a job can cost before anything is known about it: the prompt (the caller's input plus a fixed overhead for
 * system prompt and template) and the completion ({@code maxTokens}, or the configured default), at the configured
 * price per 1K tokens. Reserved up front; the real usage replaces it.
 */
@ApplicationScoped
public class WorstCase {

    /** Tokens and cost to reserve for one job. */
    public record Estimate(long tokens, BigDecimal cost) {
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final GatewayConfig.Metering metering;

    WorstCase(GatewayConfig config) {
        this.metering = config.metering();
    }

    public Estimate of(int inputChars, Integer maxTokens) {
        long prompt = metering.promptOverheadTokens() + (inputChars + metering.charsPerToken() - 1L)
                / Math.max(1, metering.charsPerToken());
        long completion = maxTokens != null ? maxTokens : metering.defaultMaxTokens();
        long tokens = prompt + completion;
        BigDecimal cost = metering.pricePer1kTokens().multiply(BigDecimal.valueOf(tokens))
                .divide(THOUSAND, 10, RoundingMode.UP);
        return new Estimate(tokens, cost);
    }
}
