package org.aigc.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.aigc.contracts.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces and reads raw records in tests, as an integrator would. A reader subscribes before the test acts
 * ({@link #reader(String)}), so it sees every record published afterwards.
 */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    public static KafkaTestClient shared() {
        return new KafkaTestClient(TestInfrastructure.get().bootstrapServers());
    }

    /** Sends an event serialised with the platform's JSON format. */
    public void sendEvent(String topic, String key, Object event) {
        send(topic, key, Json.write(event));
    }

    public void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** A reader positioned at the end of the topic, before anything the test does next. */
    public Reader reader(String topic) {
        return new Reader(bootstrapServers, topic);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Reads one topic from the position it had when created. */
    public static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        Reader(String bootstrapServers, String topic) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            consumer = new KafkaConsumer<>(props);
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
            // position on every partition now, so records sent after this constructor are never skipped
            consumer.assignment().forEach(consumer::position);
        }

        /** Waits for the first record (seen before or polled now) that matches. */
        public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match,
                Duration timeout) {
            return awaitAll(match, 1, timeout).get(0);
        }

        /** Waits until {@code count} records match; returns them in arrival order. */
        public List<ConsumerRecord<String, String>> awaitAll(Predicate<ConsumerRecord<String, String>> match,
                int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                List<ConsumerRecord<String, String>> matching = seen.stream().filter(match).toList();
                if (matching.size() >= count) {
                    return matching.subList(0, count);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected " + count + " matching records, saw " + matching.size()
                            + " of " + seen.size());
                }
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
        }

        /** Everything polled within the given time. */
        public List<ConsumerRecord<String, String>> drain(Duration duration) {
            long deadline = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
            return List.copyOf(seen);
        }

        /**
         * Makes a wait in progress on another thread end at once (with Kafka's {@code WakeupException}); the only
         * method of a reader that may be called from another thread.
         */
        public void wakeup() {
            consumer.wakeup();
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Matches records whose key is the given request id. */
    public static Predicate<ConsumerRecord<String, String>> key(String key) {
        return r -> key.equals(r.key());
    }
}
