package org.aigc.ecommerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.RuleCases;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Must-flag and must-pass texts per EC rule (src/test/resources/rule-cases/ecommerce.json), through the dry-run
 * endpoint, against a tenant holding the demo catalogue (TEA-001 food with EU/CN price history and stock 40,
 * SKIN-001 cosmetics without special registration, SUPP-001 supplement).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class EcommerceRuleCasesTest {

    private static final Logger LOG = Logger.getLogger(EcommerceRuleCasesTest.class);
    private static final String TENANT = "rule-cases";

    @Test
    void everyRuleCatchesItsCasesAndLeavesTheOthersAlone() {
        given().header("X-Aigc-Tenant", TENANT).post("/api/v1/ecommerce/demo-data").then().statusCode(
                org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));

        Map<String, RuleCases.Tally> tallies = RuleCases.run("ecommerce", TENANT,
                RuleCases.load("rule-cases/ecommerce.json"));

        LOG.info("rule cases of ecommerce:\n" + RuleCases.summary(tallies));
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.failures()).as(t.ruleId()).isEmpty());
    }
}
