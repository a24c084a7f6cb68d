package org.aigc.games;

import static org.aigc.games.GamesData.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.testkit.DeadLetters;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * This service's consumers dead-letter poison records: the pipeline's (aigc.requests.games,
 * aigc.model-results.games) and the TurnRecorder's (aigc.results).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "games"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first one is patient while the consumers join
class DeadLetterTest {

    /** aigc.results is read by TurnRecorder's own group, which may join after the pipeline's. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Test
    @Order(1)
    void pipelinePoisonGoesToTheDeadLetterTopicsAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(pipeline.request("npc-dialogue", """
                {"characterName": "Mara the Smith", "persona": "gruff dwarven blacksmith",
                 "utterance": "Can you mend my sword?"}""", "en"));
    }

    @Test
    @Order(2)
    void resultsPoisonIsDeadLetteredAndTheNextTurnIsStillRemembered() throws Exception {
        String tenant = pipeline.tenantId();
        long character = GamesData.character(tenant, GamesData.world(tenant, "Emberfall", "PEGI-12", "en-GB"), "Mara");
        String player = "player-" + UUID.randomUUID();
        GenerationRequested request = pipeline.request("npc-dialogue",
                "{\"characterId\": %d, \"playerId\": \"%s\", \"utterance\": \"Can you mend my sword?\"}"
                        .formatted(character, player), "en");
        String notJson = "{\"requestId\": \"" + request.requestId() + "\", not json";
        String breaksSchema = "{\"requestId\": \"" + request.requestId() + "\", \"status\": \"MAYBE\"}";
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.RESULTS))) {
            pipeline.send(request);
            ModelCallRequested call = pipeline.awaitModelCall(request.requestId());
            // before the answer, so the poison is ahead of the real result on the same partition of aigc.results
            kafka.send(Topics.RESULTS, request.requestId(), notJson);
            kafka.send(Topics.RESULTS, request.requestId(), breaksSchema);
            pipeline.answer(call, "Aye, bring it by sundown.");

            DeadLetters.assertDeadLetter(dlq.await(r -> notJson.equals(r.value()), PATIENCE),
                    Topics.RESULTS, notJson, "malformed JSON");
            DeadLetters.assertDeadLetter(dlq.await(r -> breaksSchema.equals(r.value()), PATIENCE),
                    Topics.RESULTS, breaksSchema, "GenerationCompleted violates its schema");
        }
        // the turn is stored from the COMPLETED result, which sits behind the poison on its partition
        awaitOneTurn(tenant, character, player);
    }

    private static void awaitOneTurn(String tenant, long character, String player) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Integer session = as(tenant).get("/api/v1/games/sessions?characterId=" + character).jsonPath()
                    .param("p", player).get("find { it.playerId == p }.id");
            if (session != null && as(tenant).get("/api/v1/games/sessions/" + session + "/turns").jsonPath()
                    .getList("$").size() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the turn behind the poison was never recorded");
    }
}
