package org.aigc.generation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.aigc.contracts.GenerationCancelled;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.generation.testing.FakeModelTestBase;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** A job cancelled at the gateway: its model call not yet started is neither sent to the model nor billed. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class CancellationTest extends FakeModelTestBase {

    @Test
    void aCallOfACancelledRequestIsNotSentAndNotBilled() {
        // the replica reads aigc.cancellations from the latest offset once its consumer is assigned: until then a
        // cancellation is missed and the call made, so the first attempts may be answered by the fake
        ModelCallRequested cancelled = null;
        ModelCallCompleted result = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (result == null || !"CANCELLED".equals(result.errorCode())) {
            assertThat(System.nanoTime()).as("no call was skipped as cancelled within 60 s").isLessThan(deadline);
            ModelCalls builder = ModelCalls.call().user("cancelled call " + System.nanoTime());
            cancelled = builder.build();
            kafka.sendEvent(Topics.CANCELLATIONS, cancelled.requestId(),
                    GenerationCancelled.of(cancelled.requestId(), cancelled.tenantId(), cancelled.vertical()));
            sleep(200);
            send(cancelled);
            result = resultOf(cancelled);
        }
        ModelCallRequested other = ModelCalls.call().user("a call nobody cancelled").build();
        send(other);

        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.errorMessage()).contains("cancelled");
        assertThat(requestsFor(cancelled)).as("requests of the cancelled call at the model").isEmpty();
        assertThat(resultOf(other).status()).isEqualTo("OK");
        assertThat(usageOf(other).requestId()).isEqualTo(other.requestId());
        String cancelledId = cancelled.requestId();
        assertThat(usage.drain(Duration.ofSeconds(2))).as("usage of the cancelled call")
                .noneMatch(record -> record.value().contains(cancelledId));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
