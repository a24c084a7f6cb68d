package org.aigc.ecommerce.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** A product's listing on one channel (amazon, taobao, shopify): what the merchant publishes there. */
@Entity
@Table(name = "listing")
public class Listing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String sku;

    public String channel;

    public String title;

    /** JSON array of up to five strings. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String bullets = "[]";

    public String description;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String keywords = "[]";

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Listing> of(String tenantId, String sku, String channel) {
        return find("tenantId = ?1 and sku = ?2 and channel = ?3", tenantId, sku, channel).firstResultOptional();
    }
}
