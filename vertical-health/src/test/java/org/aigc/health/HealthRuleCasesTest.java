package org.aigc.health;

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
 * Must-flag and must-pass texts for every rule of the vertical (src/test/resources/rule-cases/health.json), through the
 * dry-run endpoint: the tally is the catch / false-positive count of the closing note.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class HealthRuleCasesTest {

    private static final Logger LOG = Logger.getLogger(HealthRuleCasesTest.class);

    @Test
    void everyRuleCatchesItsCasesAndLeavesTheOthersAlone() {
        Map<String, RuleCases.Tally> tallies = RuleCases.run("health", "rule-cases",
                RuleCases.load("rule-cases/health.json"));
        LOG.info("rule cases of health:\n" + RuleCases.summary(tallies));
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.failures()).as(t.ruleId()).isEmpty());
    }
}
