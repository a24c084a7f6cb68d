package org.aigc.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aigc.contracts.Topics;
import org.aigc.local.EmbeddedKafkaBroker;
import org.aigc.local.EmbeddedPostgresServer;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, started on first use on free ports in a temporary
 * directory and stopped when the JVM exits. Every Quarkus restart between test classes reuses them, so a module pays
 * the start-up once.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final Path root;
    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedPostgresServer postgres;

    private TestInfrastructure(Path root, EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres) {
        this.root = root;
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestInfrastructure start() {
        try {
            Path root = Files.createTempDirectory("aigc-test-");
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(root.resolve("kafka"), 0, 0);
            kafka.createTopics(Topics.allWithDeadLetters(), 3);
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(root.resolve("postgres"), 0);
            TestInfrastructure infra = new TestInfrastructure(root, kafka, postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "aigc-test-infra-stop"));
            return infra;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded Kafka and PostgreSQL", e);
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public String database(String name) {
        try {
            postgres.createDatabase(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgres.jdbcUrl(name);
    }

    private void stop() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            // the JVM is exiting; nothing else to do
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting; nothing else to do
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
