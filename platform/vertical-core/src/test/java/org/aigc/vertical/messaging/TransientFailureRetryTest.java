package org.aigc.vertical.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.testkit.DeadLetters;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A transient database failure is retried before the record is given up: the request's row insert fails with a real
 * PostgreSQL serialization failure (SQLSTATE 40001, raised by a test-only trigger, see db/core-test V2) a chosen
 * number of times. The test profile allows 4 attempts 50-200 ms apart.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class TransientFailureRetryTest {

    private static final int MAX_ATTEMPTS = 4;

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Inject
    DataSource dataSource;

    /** The next {@code failures} attempts to store the request fail; returns the counter value of the last one. */
    private long failNextAttempts(String requestId, int failures) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into flaky_request (request_id, fail_until) values (?, nextval('flaky_attempt') + ?) "
                        + "returning fail_until")) {
            insert.setString(1, requestId);
            insert.setInt(2, failures);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How many times the trigger was reached since {@code failUntil} was set up, i.e. the attempts made. */
    private long attemptsSince(long failUntil, int failures) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select last_value from flaky_attempt")) {
            rs.next();
            return rs.getLong(1) - (failUntil - failures);
        }
    }

    @Test
    void aTransientDatabaseFailureIsRetriedAndTheRequestGoesThrough() throws Exception {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"retry me\"}", null);
        long failUntil = failNextAttempts(request.requestId(), 2);
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.requests("games")))) {
            pipeline.send(request);

            assertThat(pipeline.awaitModelCall(request.requestId()).requestId()).isEqualTo(request.requestId());
            assertThat(attemptsSince(failUntil, 2)).as("two failed attempts, then the one that worked").isEqualTo(3);
            assertThat(dlq.drain(Duration.ofMillis(500))).noneMatch(KafkaTestClient.key(request.requestId()));
        }
    }

    @Test
    void aFailureThatOutlastsTheRetriesGoesToTheDeadLetterTopicWithItsCause() throws Exception {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"never stored\"}", null);
        long failUntil = failNextAttempts(request.requestId(), 100);
        pipeline.send(request);

        DeadLetters.assertDeadLetter(pipeline.awaitRequestDeadLetter(request.requestId()),
                Topics.requests("games"), Json.write(request), "simulated serialization failure");
        assertThat(attemptsSince(failUntil, 100)).as("bounded: the configured attempts, no more")
                .isEqualTo(MAX_ATTEMPTS);

        GenerationRequested next = pipeline.request("echo", "{\"line\": \"still consuming\"}", null);
        pipeline.send(next);
        assertThat(pipeline.awaitModelCall(next.requestId()).requestId()).isEqualTo(next.requestId());
    }
}
