package org.aigc.generation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.aigc.contracts.TokenUsage;
import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    void computesTheExactCostPerThousandTokens() {
        Pricing pricing = new Pricing(new BigDecimal("0.0015"), new BigDecimal("0.002"), "USD");

        BigDecimal cost = pricing.cost(new TokenUsage(1234, 567));

        // 1234 * 0.0015 / 1000 + 567 * 0.002 / 1000 = 0.001851 + 0.001134
        assertThat(cost).isEqualByComparingTo("0.002985");
        assertThat(cost.toPlainString()).isEqualTo("0.002985");
    }

    @Test
    void freeModelsCostPlainZero() {
        assertThat(Pricing.FREE.cost(new TokenUsage(10, 20)).toString()).isEqualTo("0");
    }

    @Test
    void wholeAmountsHaveNoExponent() {
        Pricing pricing = new Pricing(new BigDecimal("10"), new BigDecimal("10"), "USD");

        assertThat(pricing.cost(new TokenUsage(1000, 1000)).toString()).isEqualTo("20");
    }
}
