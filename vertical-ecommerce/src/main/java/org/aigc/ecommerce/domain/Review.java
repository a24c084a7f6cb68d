package org.aigc.ecommerce.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer review of a product, as the merchant imported it; review summaries are written from these only. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String sku;

    public int rating;

    public String title;

    public String body;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public static Optional<Review> byId(String tenantId, String sku, long id) {
        return find("tenantId = ?1 and sku = ?2 and id = ?3", tenantId, sku, id).firstResultOptional();
    }

    /** The newest reviews of a product, at most {@code limit}. */
    public static List<Review> latest(String tenantId, String sku, int limit) {
        return find("tenantId = ?1 and sku = ?2 order by reviewedAt desc, id desc", tenantId, sku).page(0, limit)
                .list();
    }
}
