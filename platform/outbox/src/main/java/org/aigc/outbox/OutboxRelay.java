package org.aigc.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka and marks them sent. Sends right after commit are asynchronous; the rows they confirm are
 * marked sent in batches by one background thread, so the committing thread never waits for Kafka.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String EVENT_TYPE_HEADER = "aigc-event-type";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final KafkaProducer<String, String> producer;
    private final EntityManager entityManager;
    private final LinkedBlockingQueue<UUID> confirmed = new LinkedBlockingQueue<>();
    /** Set at shutdown once the producer is flushed: the marker stops when nothing confirmed is left to mark. */
    private volatile boolean closing;
    private final ExecutorService marker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-marker");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param kafkaConfig every {@code kafka.*} property of the application (bootstrap servers, and in a secured
     *                    cluster the SASL/TLS settings), so the relay connects like the messaging channels do
     */
    OutboxRelay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, EntityManager entityManager) {
        Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        this.producer = new KafkaProducer<>(props);
        this.entityManager = entityManager;
        marker.submit(this::markLoop);
    }

    /** Sends without waiting; a failed send leaves the row for the sweeper. */
    void sendAfterCommit(OutboxRecord record) {
        producer.send(toProducerRecord(record), (metadata, error) -> {
            if (error == null) {
                confirmed.add(record.id());
            } else {
                LOG.warnf("outbox send of %s to %s failed, the sweeper will retry: %s", record.id(),
                        record.topic(), error.getMessage());
            }
        });
    }

    /** Sends and waits for the broker's acknowledgement (used by the sweeper). */
    boolean sendNow(OutboxRecord record) {
        try {
            Future<RecordMetadata> sent = producer.send(toProducerRecord(record));
            sent.get(30, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("outbox resend of %s to %s failed: %s", record.id(), record.topic(), e.getMessage());
            return false;
        }
    }

    private ProducerRecord<String, String> toProducerRecord(OutboxRecord record) {
        ProducerRecord<String, String> producerRecord = new ProducerRecord<>(record.topic(), record.key(),
                record.payload());
        producerRecord.headers().add(EVENT_TYPE_HEADER, record.eventType().getBytes(StandardCharsets.UTF_8));
        return producerRecord;
    }

    private void markLoop() {
        while (!Thread.currentThread().isInterrupted() && !(closing && confirmed.isEmpty())) {
            try {
                UUID first = confirmed.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<UUID> batch = new java.util.ArrayList<>();
                batch.add(first);
                confirmed.drainTo(batch, 999);
                markSent(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // rows stay unsent and the sweeper sends them again; consumers deduplicate
                LOG.warnf("cannot mark outbox rows sent: %s", e.getMessage());
            }
        }
    }

    void markSent(List<UUID> ids) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update outbox set sent_at = now() where id = any(?1)")
                .setParameter(1, ids.toArray(new UUID[0]))
                .executeUpdate());
    }

    /**
     * Graceful shutdown: closing the producer flushes the sends still in flight (their callbacks confirm the rows),
     * then the marker gets a few seconds to mark every confirmed row sent, so the next start does not send them again.
     * Best effort: rows left unmarked (the database already gone, or a crash) are re-sent by the sweeper.
     */
    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
        closing = true;
        marker.shutdown();
        try {
            if (!marker.awaitTermination(5, TimeUnit.SECONDS)) {
                marker.shutdownNow();
            }
        } catch (InterruptedException e) {
            marker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
