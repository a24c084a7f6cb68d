package org.aigc.marketing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A piece of copy of a campaign (generated or written) and where it is in its approval. */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "campaign_id")
    public Long campaignId;

    /** The task that produced it (ad-copy, social-post, email, slogan) or "manual". */
    public String kind;

    public String content;

    /** draft, approved, rejected, published. */
    public String status;

    /** The generation it came from, if any. */
    @Column(name = "request_id")
    public String requestId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Asset> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
