package org.aigc.media.domain;

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

/** A text that generated pieces must stay faithful to: no fact, number or quote that is not in it. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "outlet_id")
    public Long outletId;

    public String title;

    public String body;

    /** Where the text comes from (a wire service, a filing, the outlet's own reporting). */
    public String origin;

    public String url;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<SourceDocument> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
