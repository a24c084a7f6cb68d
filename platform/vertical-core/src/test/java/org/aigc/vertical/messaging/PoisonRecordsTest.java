package org.aigc.vertical.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RequestConsumer and ModelResultConsumer against poison records (the checks live in {@link PipelineTestSupport}, so
 * each industry module runs the same ones against its own configuration).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class PoisonRecordsTest {

    private static PipelineTestSupport pipeline;

    @BeforeAll
    static void open() {
        pipeline = new PipelineTestSupport("games");
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void poisonOnBothTopicsIsDeadLetteredAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(
                pipeline.request("echo", "{\"line\": \"after the poison\"}", null));
    }
}
