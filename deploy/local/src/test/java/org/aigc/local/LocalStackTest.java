package org.aigc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aigc.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dataDir;

    @Test
    void startsTwiceOnTheSameDataAndKeepsDatabasesAndTopics() throws Exception {
        LocalStackOptions options = new LocalStackOptions(dataDir, FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), 2);

        try (LocalStack first = LocalStack.start(options)) {
            assertThat(Files.readAllLines(options.readyFile()))
                    .contains("pid=" + ProcessHandle.current().pid(),
                            "kafka.bootstrap.servers=127.0.0.1:" + options.kafkaPort(),
                            "postgres.port=" + options.postgresPort());
            assertThat(topics(first)).containsAll(Topics.allWithDeadLetters());
            for (ServiceCatalog.Service service : ServiceCatalog.ALL) {
                assertThat(databaseExists(first, service.database())).as(service.database()).isTrue();
            }
            first.postgres().createDatabase("restart_probe");
            sql(first, "restart_probe", "create table probe(v text); insert into probe values ('kept')");
            send(first, Topics.RESULTS, "probe-key", "kept-record");

            assertThatThrownBy(() -> LocalStack.start(options))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
            assertThat(options.readyFile()).as("a refused second start leaves the ready file alone").exists();
        }
        assertThat(options.readyFile()).doesNotExist();

        try (LocalStack second = LocalStack.start(options)) {
            assertThat(options.readyFile()).exists();
            assertThat(query(second, "restart_probe", "select v from probe")).isEqualTo("kept");
            assertThat(readAll(second, Topics.RESULTS)).contains("probe-key=kept-record");
            TopicDescription results = describe(second, Topics.RESULTS);
            assertThat(results.partitions()).hasSize(2);
        }
    }

    private static Set<String> topics(LocalStack stack) throws Exception {
        try (Admin admin = stack.kafka().admin()) {
            return admin.listTopics().names().get(20, TimeUnit.SECONDS);
        }
    }

    private static TopicDescription describe(LocalStack stack, String topic) throws Exception {
        try (Admin admin = stack.kafka().admin()) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic);
        }
    }

    private static boolean databaseExists(LocalStack stack, String name) throws Exception {
        return query(stack, "postgres", "select count(*) from pg_database where datname = '" + name + "'")
                .equals("1");
    }

    private static Connection connect(LocalStack stack, String database) throws Exception {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), "postgres", "postgres");
    }

    private static void sql(LocalStack stack, String database, String sql) throws Exception {
        try (Connection c = connect(stack, database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(LocalStack stack, String database, String sql) throws Exception {
        try (Connection c = connect(stack, database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void send(LocalStack stack, String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(20, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(LocalStack stack, String topic) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
