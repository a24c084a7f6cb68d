package org.aigc.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.Topics;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "outbox_test"))
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxSweeper sweeper;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventIsSentRightAfterCommitAndMarkedSent() {
        String key = "req-" + UUID.randomUUID();
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader reader = kafka.reader(Topics.RESULTS)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.RESULTS, key, Map.of("n", 1)));

            ConsumerRecord<String, String> record = reader.await(KafkaTestClient.key(key), Duration.ofSeconds(10));
            assertThat(record.value()).isEqualTo("{\"n\":1}");
            assertThat(new String(record.headers().lastHeader(OutboxRelay.EVENT_TYPE_HEADER).value(),
                    StandardCharsets.UTF_8)).isNotBlank();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> sentAt(key) != null);
    }

    @Test
    void aRolledBackEventIsNeverSent() {
        String key = "req-" + UUID.randomUUID();
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader reader = kafka.reader(Topics.RESULTS)) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(Topics.RESULTS, key, Map.of("n", 2));
                throw new IllegalStateException("business failure");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(reader.drain(Duration.ofSeconds(2))).noneMatch(KafkaTestClient.key(key));
        }
        assertThat(count(key)).isZero();
    }

    @Test
    void aRowLeftUnsentByACrashIsSentByTheSweeper() {
        String key = "req-" + UUID.randomUUID();
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader reader = kafka.reader(Topics.USAGE)) {
            // what a crash between commit and send leaves behind: a committed row that nobody sent
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "insert into outbox (id, topic, record_key, event_type, payload, created_at) "
                            + "values (?1, ?2, ?3, 'Test', '{\"n\":3}', now() - interval '1 minute')")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, Topics.USAGE).setParameter(3, key)
                    .executeUpdate());

            assertThat(reader.await(KafkaTestClient.key(key), Duration.ofSeconds(15)).value()).isEqualTo("{\"n\":3}");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(key) != null);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(Topics.RESULTS, "k", Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private Object sentAt(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sent_at from outbox where record_key = ?1").setParameter(1, key)
                .getResultStream().findFirst().orElse(null));
    }

    private long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox where record_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }
}
