package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything {@code aigc.results} and {@code aigc.usage} hold for a set of jobs, read from the beginning with a plain
 * consumer (no group, nothing committed). Results are keyed by requestId (= job id), usage records by tenant, so usage
 * is matched on its requestId field.
 */
final class TopicLedger {

    private final Map<String, List<JsonNode>> results = new HashMap<>();
    private final Map<String, List<JsonNode>> usage = new HashMap<>();
    private int resultRecords;
    private int usageRecords;

    private TopicLedger() {
    }

    static TopicLedger read(String bootstrap, Collection<String> jobIds) {
        TopicLedger ledger = new TopicLedger();
        Set<String> wanted = Set.copyOf(jobIds);
        for (ConsumerRecord<String, String> record : readAll(bootstrap, Topics.RESULTS)) {
            if (wanted.contains(record.key())) {
                ledger.results.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Json.tree(record.value()));
                ledger.resultRecords++;
            }
        }
        for (ConsumerRecord<String, String> record : readAll(bootstrap, Topics.USAGE)) {
            JsonNode event = Json.tree(record.value());
            String requestId = event.path("requestId").asText();
            if (wanted.contains(requestId)) {
                ledger.usage.computeIfAbsent(requestId, k -> new ArrayList<>()).add(event);
                ledger.usageRecords++;
            }
        }
        return ledger;
    }

    /** The job's result events, one per distinct eventId. */
    List<JsonNode> distinctResults(String jobId) {
        return distinct(results.getOrDefault(jobId, List.of()));
    }

    /** Distinct usage events per callId of the job. */
    Map<String, Integer> usageEventsPerCall(String jobId) {
        Map<String, Integer> perCall = new TreeMap<>();
        for (JsonNode event : distinct(usage.getOrDefault(jobId, List.of()))) {
            perCall.merge(event.path("callId").asText(), 1, Integer::sum);
        }
        return perCall;
    }

    /** How many distinct model calls of the job recorded usage. */
    long callsWithUsage(String jobId) {
        return usageEventsPerCall(jobId).size();
    }

    Set<String> jobsWithUsage() {
        return usage.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The job's cost: the sum over its distinct usage events. */
    BigDecimal cost(String jobId) {
        return distinct(usage.getOrDefault(jobId, List.of())).stream()
                .map(e -> new BigDecimal(e.path("cost").asText("0"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int resultRecords() {
        return resultRecords;
    }

    int usageRecords() {
        return usageRecords;
    }

    long distinctUsage() {
        return usage.values().stream().mapToLong(events -> distinct(events).size()).sum();
    }

    private static List<JsonNode> distinct(List<JsonNode> events) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.putIfAbsent(e.path("eventId").asText(), e));
        return List.copyOf(byId.values());
    }

    /**
     * Every record on the platform's dead-letter topics ({@code *.dlq}) as {@code topic key: error header}. After a
     * graceful stop nothing may be there: a record dead-lettered by a stopping service is work it did not hand back.
     */
    static List<String> deadLetters(String bootstrap) {
        Set<String> topics;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrap))) {
            topics = consumer.listTopics(Duration.ofSeconds(10)).keySet().stream().filter(t -> t.endsWith(".dlq"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> letters = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, String> record : readAll(bootstrap, topic)) {
                var reason = record.headers().lastHeader("dead-letter-reason");
                letters.add(topic + " " + record.key() + ": "
                        + (reason == null ? "(no reason header)" : new String(reason.value(),
                                java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return letters;
    }

    private static Properties properties(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    /** Every record of the topic up to its current end offsets. */
    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrap))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }
}
