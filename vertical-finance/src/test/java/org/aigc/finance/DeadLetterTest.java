package org.aigc.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.finance and
 * aigc.model-results.finance, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class DeadLetterTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("finance");

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("market-commentary", """
                {"topic": "Chinese government bonds",
                 "marketData": "10-year CGB yield 1.72% (-3 bp week on week)", "audience": "retail",
                 "horizon": "week"}""", "en"));
    }
}
