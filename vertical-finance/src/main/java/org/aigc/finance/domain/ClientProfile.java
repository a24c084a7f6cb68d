package org.aigc.finance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A client of the tenant, by a pseudonymous reference (no name or account data here): the suitability facts. */
@Entity
@Table(name = "client_profile")
public class ClientProfile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "client_ref")
    public String clientRef;

    /** The highest product risk level the client's assessment allows, R1..R5. */
    @Column(name = "risk_tolerance")
    public String riskTolerance;

    /** short, medium or long. */
    public String horizon;

    public String locale;

    public static Optional<ClientProfile> byRef(String tenantId, String clientRef) {
        return find("tenantId = ?1 and clientRef = ?2", tenantId, clientRef).firstResultOptional();
    }
}
