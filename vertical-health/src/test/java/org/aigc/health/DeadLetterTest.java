package org.aigc.health;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.health and
 * aigc.model-results.health, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class DeadLetterTest {

    private static PipelineTestSupport pipeline;

    @BeforeAll
    static void open() {
        pipeline = new PipelineTestSupport("health");
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("soap-note", """
                {"transcript": "Patient reports a dry cough for three days, no fever, lungs clear on exam."}""",
                 "en"));
    }
}
