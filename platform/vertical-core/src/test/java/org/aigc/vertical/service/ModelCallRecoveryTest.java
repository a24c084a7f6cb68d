package org.aigc.vertical.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.config.RecoveryConfig;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generations whose model call or answer was lost: the sweeper re-issues the call under the same callId a bounded
 * number of times, then fails the generation explicitly. The sweeps run with a clock moved past the deadline instead
 * of waiting for it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class ModelCallRecoveryTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Inject
    ModelCallRecovery recovery;

    @Inject
    RecoveryConfig config;

    /** An instant by which everything waiting now is past the deadline. */
    private Instant pastTheDeadline() {
        return Instant.now().plus(config.modelResultDeadline()).plusSeconds(1);
    }

    @Test
    void aLostCallIsReissuedWithTheSameCallIdAndAnsweredOnce() {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"lost call\"}", "en-US");
        pipeline.send(request);
        ModelCallRequested first = pipeline.awaitModelCall(request.requestId());

        recovery.recover(Instant.now());
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(500)))
                .as("nothing is stuck before the deadline").hasSize(1);
        recovery.recover(pastTheDeadline());

        List<ModelCallRequested> calls = pipeline.modelCallsWithin(request.requestId(), Duration.ofSeconds(3));
        assertThat(calls).as("the first call and its re-issue").hasSize(2)
                .allSatisfy(call -> assertThat(call.callId()).isEqualTo(first.callId()));
        ModelCallRequested reissued = calls.get(1);
        assertThat(reissued.messages()).isEqualTo(first.messages());
        assertThat(reissued.model()).isEqualTo(first.model());
        assertThat(reissued.maxTokens()).isEqualTo(first.maxTokens());

        // both the original and the re-issued call get answered (at least once delivery): one result
        pipeline.answer(first, "hello");
        pipeline.answer(reissued, "hello again");
        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.content()).startsWith("hello");
        assertThat(pipeline.resultsWithin(request.requestId(), Duration.ofSeconds(2))).as("one result only")
                .hasSize(1);
        recovery.recover(pastTheDeadline());
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(500)))
                .as("a finished generation is not stuck").hasSize(2);
    }

    @Test
    void aCallNeverAnsweredFailsTheGenerationOnceTheReissuesAreUsedUp() {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"never answered\"}", "en-US");
        pipeline.send(request);
        ModelCallRequested call = pipeline.awaitModelCall(request.requestId());

        for (int i = 0; i < config.maxReissues(); i++) {
            recovery.recover(pastTheDeadline());
        }
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofSeconds(3)))
                .as("the first call and one re-issue per sweep, all with the same callId")
                .hasSize(1 + config.maxReissues())
                .allSatisfy(c -> assertThat(c.callId()).isEqualTo(call.callId()));
        assertThat(pipeline.resultsWithin(request.requestId(), Duration.ofMillis(500))).as("not failed yet").isEmpty();

        recovery.recover(pastTheDeadline());

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo(StuckGeneration.EXHAUSTED);
        assertThat(result.reason()).contains(call.callId());

        // a late answer changes nothing, and further sweeps leave the failed generation alone
        pipeline.answer(call, "too late");
        recovery.recover(pastTheDeadline());
        assertThat(pipeline.resultsWithin(request.requestId(), Duration.ofSeconds(2))).as("one result only")
                .hasSize(1);
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(500))).as("no further re-issue")
                .hasSize(1 + config.maxReissues());
    }
}
