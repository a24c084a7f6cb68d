package org.aigc.marketing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.marketing and
 * aigc.model-results.marketing, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "marketing"))
class DeadLetterTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("marketing");

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("ad-copy", """
                {"brand": "Cloudleaf", "product": "Cold-brew jasmine tea", "channel": "search",
                 "brief": "Stress the fresh jasmine aroma.", "variants": 1}""", "en"));
    }
}
