package org.aigc.vertical.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.RuleCases;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The shared rules' must-flag and must-pass cases, through the dry-run endpoint. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class SharedRuleCasesTest {

    private static final Logger LOG = Logger.getLogger(SharedRuleCasesTest.class);

    @Test
    void everySharedRuleCatchesItsCasesAndLeavesTheExceptionsAlone() {
        Map<String, RuleCases.Tally> tallies = RuleCases.run("games", "t-cases",
                RuleCases.load("rule-cases/core-shared.json"));

        LOG.info("shared rule cases:\n" + RuleCases.summary(tallies));
        assertThat(tallies).hasSize(7);
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.failures()).as(t.ruleId()).isEmpty());
    }
}
