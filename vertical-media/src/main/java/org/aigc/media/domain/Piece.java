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

/**
 * A summary, headline, script, synopsis or press release on its way to publication. A human editor is responsible:
 * it cannot be approved or published without {@code editorId}, and its byline never names an AI (MD-05).
 */
@Entity
@Table(name = "piece")
public class Piece extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "outlet_id")
    public Long outletId;

    @Column(name = "document_id")
    public Long documentId;

    public String kind;

    public String title;

    public String body;

    public String byline;

    @Column(name = "editor_id")
    public String editorId;

    /** draft, in-review, approved, published. */
    public String status;

    /** The generation it came from, if any. */
    @Column(name = "request_id")
    public String requestId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Piece> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
