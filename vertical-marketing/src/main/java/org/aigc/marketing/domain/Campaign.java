package org.aigc.marketing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A campaign of a brand: the brief, channel, product category and audience (minors!) that decide the rules. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "brand_id")
    public Long brandId;

    public String name;

    public String product;

    public String brief;

    public String channel;

    /** general, food, cosmetics, health-food, medical, drug, device, investment, education, alcohol, real-estate. */
    public String category;

    public String audience;

    /** The audience includes under-14s (AD-08) . */
    public boolean minors;

    /** A material connection (paid influencer, free product) that must be disclosed (AD-11). */
    public boolean sponsored;

    public String locale;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Reference to the RCT or study that substantiates health claims (AD-13). */
    public String substantiation;

    /** EU Ecolabel / ISO 14024 certificate id that allows environmental claims (AD-14). */
    @Column(name = "eco_certification")
    public String ecoCertification;

    public static Optional<Campaign> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
