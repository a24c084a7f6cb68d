package org.aigc.media;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumer configuration dead-letters poison records on aigc.requests.media and
 * aigc.model-results.media, and goes on consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "media"))
class DeadLetterTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("media");

    @Test
    void poisonRecordsGoToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("news-summary", """
                {"sourceText": "The city council voted 7-2 to extend the tram line by four stations.",
                 "sourceTitle": "Tram line extended", "outlet": "Riverside Daily", "maxWords": 40}""", "en"));
    }
}
