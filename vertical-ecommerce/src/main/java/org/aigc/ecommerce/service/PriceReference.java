package org.aigc.ecommerce.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aigc.ecommerce.domain.PricePoint;

/**
 * The reference price a reduction claim must use, from the price history of one market. The current price is the one
 * in force now; the reference is the lowest price in force during the {@code days} before the current price took
 * effect (EU PID Art 6a: 30 days; PRC 明码标价规定 Art 16: 7 days, or the last price before when none changed then).
 */
public record PriceReference(BigDecimal current, BigDecimal prior) {

    public static Optional<PriceReference> of(String tenantId, String sku, String market, int days, Instant now) {
        Optional<PricePoint> current = PricePoint.inForceAt(tenantId, sku, market, now);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Instant reductionStart = current.get().effectiveAt;
        Instant windowStart = reductionStart.minus(Duration.ofDays(days));
        List<PricePoint> window = new ArrayList<>(PricePoint.between(tenantId, sku, market, windowStart,
                reductionStart));
        PricePoint.inForceAt(tenantId, sku, market, windowStart).ifPresent(window::add);
        if (window.isEmpty()) {
            // the latest price before the reduction, however old: "the last transaction price" of Art 16
            PricePoint.inForceAt(tenantId, sku, market, reductionStart.minusMillis(1)).ifPresent(window::add);
        }
        return window.stream().map(p -> p.price).min(Comparator.naturalOrder())
                .map(prior -> new PriceReference(current.get().price, prior));
    }

    /** The reduction from the reference to the current price, in percent. */
    public BigDecimal reductionPct() {
        return prior.subtract(current).multiply(BigDecimal.valueOf(100))
                .divide(prior, 2, java.math.RoundingMode.HALF_UP);
    }
}
