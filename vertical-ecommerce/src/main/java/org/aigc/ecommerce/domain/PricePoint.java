package org.aigc.ecommerce.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of a product's price history in one market: the price the merchant applied from {@code effectiveAt}.
 * Append-only (the table refuses updates and deletes): price claims are judged against it.
 */
@Entity
@Table(name = "price_history")
public class PricePoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String sku;

    /** EU, CN, US or UK: whose price-claim rules apply. */
    public String market;

    public BigDecimal price;

    public String currency;

    @Column(name = "effective_at")
    public Instant effectiveAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Prices applied in [from, to), oldest first. */
    public static List<PricePoint> between(String tenantId, String sku, String market, Instant from, Instant to) {
        return list("tenantId = ?1 and sku = ?2 and market = ?3 and effectiveAt >= ?4 and effectiveAt < ?5 "
                + "order by effectiveAt", tenantId, sku, market, from, to);
    }

    /** The price in force at an instant: the latest one that took effect at or before it. */
    public static Optional<PricePoint> inForceAt(String tenantId, String sku, String market, Instant at) {
        return find("tenantId = ?1 and sku = ?2 and market = ?3 and effectiveAt <= ?4 order by effectiveAt desc, id desc",
                tenantId, sku, market, at).firstResultOptional();
    }
}
