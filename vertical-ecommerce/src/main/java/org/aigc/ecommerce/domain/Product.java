package org.aigc.ecommerce.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** A tenant's product: the facts a listing must stay consistent with. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String sku;

    public String title;

    public String category;

    /** Free-form attributes as a JSON object (origin, weight, ingredients, ...). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String attributes = "{}";

    /** The brand: the one word an Amazon title may write in capitals (EC-09). */
    public String brand;

    /** Cosmetics registration: "特" for special cosmetics, which alone may claim whitening, sunscreen, ... (EC-05). */
    public String registration;

    /** Registered health functions a health food may claim (EC-06), a JSON array of strings. */
    @Column(name = "allowed_claims", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String allowedClaims = "[]";

    /** Units in stock, when the merchant keeps it here; scarcity claims must match it (EC-04). */
    public Integer stock;

    public static Optional<Product> bySku(String tenantId, String sku) {
        return find("tenantId = ?1 and sku = ?2", tenantId, sku).firstResultOptional();
    }
}
