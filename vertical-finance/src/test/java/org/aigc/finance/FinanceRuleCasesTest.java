package org.aigc.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.RuleCases;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Must-flag and must-pass texts for every FN rule (src/test/resources/rule-cases/finance.json), through the dry-run
 * endpoint, against a tenant with the products and clients the cases name.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class FinanceRuleCasesTest {

    private static final Logger LOG = Logger.getLogger(FinanceRuleCasesTest.class);
    private static final String TENANT = "rule-cases";

    @Test
    void everyRuleCatchesItsCasesAndLeavesTheOthersAlone() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (FinancialProduct.count("tenantId", TENANT) == 0) {
                product("RC-WMP", "bank-wmp", "R1", 2015, 2);
                product("RC-FUND-12Y", "fund", "R5", 2013, 12);
                product("RC-FUND-3Y", "fund", "R2", 2022, 3);
                client("RC-CAUTIOUS", "R2");
                client("RC-GROWTH", "R5");
            }
        });

        Map<String, RuleCases.Tally> tallies = RuleCases.run("finance", TENANT,
                RuleCases.load("rule-cases/finance.json"));

        LOG.info("rule cases of finance:\n" + RuleCases.summary(tallies));
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.failures()).as(t.ruleId()).isEmpty());
    }

    /** {@code years} yearly returns from {@code from}, the first one a loss (for FN-05). */
    private static void product(String code, String type, String risk, int from, int years) {
        StringJoiner history = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < years; i++) {
            history.add("{\"year\": %d, \"returnPct\": \"%s\"}".formatted(from + i, i == 0 ? "-12.40" : "5.00"));
        }
        FinancialProduct p = new FinancialProduct();
        p.tenantId = TENANT;
        p.code = code;
        p.name = "Rule case " + code;
        p.type = type;
        p.riskLevel = risk;
        p.managementFeePct = new BigDecimal("1.2500");
        p.entryFeePct = BigDecimal.ZERO;
        p.performance = history.toString();
        p.persist();
    }

    private static void client(String ref, String tolerance) {
        ClientProfile c = new ClientProfile();
        c.tenantId = TENANT;
        c.clientRef = ref;
        c.riskTolerance = tolerance;
        c.horizon = "long";
        c.persist();
    }
}
