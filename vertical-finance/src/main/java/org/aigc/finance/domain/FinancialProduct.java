package org.aigc.finance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** A tenant's financial product: what product copy and client letters may say about it. */
@Entity
@Table(name = "financial_product")
public class FinancialProduct extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String code;

    public String name;

    /** fund, etf, bond, equity, bank-wmp, structured-deposit, insurance. */
    public String type;

    /** R1 (lowest) .. R5 (highest), the PRC/EU-style product risk rating. */
    @Column(name = "risk_level")
    public String riskLevel;

    /** Annual management fee, percent. */
    @Column(name = "management_fee_pct")
    public BigDecimal managementFeePct;

    /** One-off entry (subscription) fee, percent. */
    @Column(name = "entry_fee_pct")
    public BigDecimal entryFeePct;

    /** Yearly net returns as a JSON array of {"year": 2024, "returnPct": "-3.10"}. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String performance = "[]";

    public static Optional<FinancialProduct> byCode(String tenantId, String code) {
        return find("tenantId = ?1 and code = ?2", tenantId, code).firstResultOptional();
    }

    public int riskRank() {
        return RiskLevel.rank(riskLevel);
    }
}
