package org.aigc.health;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.health and
 * aigc.model-results.health, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class DeadLetterTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("health");

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("soap-note", """
                {"transcript": "Patient reports a dry cough for three days, no fever, lungs clear on exam."}""",
                 "en"));
    }
}
