package org.aigc.ecommerce;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.ecommerce and
 * aigc.model-results.ecommerce, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class DeadLetterTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("ecommerce");

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("customer-reply", """
                {"message": "Where is my parcel? It was due yesterday."}""", "en"));
    }
}
