package org.aigc.finance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A filing, earnings release, news item or research note that summaries must stay faithful to. */
@Entity
@Table(name = "research_document")
public class ResearchDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String title;

    /** filing, earnings, news or research. */
    public String kind;

    public String issuer;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String text;

    public static Optional<ResearchDocument> byId(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
