package org.aigc.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and on which ports the local stack runs. Command-line options win over environment variables, which win over
 * the defaults that {@code ./aigc} documents.
 *
 * @param dataDir        root of the persistent data: {@code kafka/}, {@code postgres/} and the ready file
 * @param kafkaPort      Kafka client port (0 picks a free one)
 * @param controllerPort KRaft controller port (0 picks a free one)
 * @param postgresPort   PostgreSQL port (0 picks a free one)
 * @param partitions     partitions of each created topic
 */
public record LocalStackOptions(Path dataDir, int kafkaPort, int controllerPort, int postgresPort, int partitions) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_PARTITIONS = 6;

    static final String USAGE = """
            usage: java -jar aigc-local-stack.jar [--data-dir DIR] [--kafka-port N] [--controller-port N]
                                                  [--pg-port N] [--partitions N]
            environment: AIGC_DATA_DIR, AIGC_KAFKA_PORT, AIGC_KAFKA_CONTROLLER_PORT, AIGC_PG_PORT, AIGC_PARTITIONS
            defaults:    .aigc, 19092, 19093, 15432, 6 (a port of 0 picks a free one)""";

    public LocalStackOptions {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Parses {@code --name value} pairs on top of the environment. */
    public static LocalStackOptions parse(String[] args, Map<String, String> env) {
        String dataDir = env.getOrDefault("AIGC_DATA_DIR", ".aigc");
        int kafkaPort = intValue(env.get("AIGC_KAFKA_PORT"), DEFAULT_KAFKA_PORT);
        int controllerPort = intValue(env.get("AIGC_KAFKA_CONTROLLER_PORT"), DEFAULT_CONTROLLER_PORT);
        int postgresPort = intValue(env.get("AIGC_PG_PORT"), DEFAULT_POSTGRES_PORT);
        int partitions = intValue(env.get("AIGC_PARTITIONS"), DEFAULT_PARTITIONS);
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data-dir" -> dataDir = value;
                case "--kafka-port" -> kafkaPort = intValue(value, kafkaPort);
                case "--controller-port" -> controllerPort = intValue(value, controllerPort);
                case "--pg-port" -> postgresPort = intValue(value, postgresPort);
                case "--partitions" -> partitions = intValue(value, partitions);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new LocalStackOptions(Path.of(dataDir), kafkaPort, controllerPort, postgresPort, partitions);
    }

    private static int intValue(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    /** Written once everything is up, removed on shutdown: {@code ./aigc} and tests wait for it. */
    public Path readyFile() {
        return dataDir.resolve("infra.ready");
    }

    Path lockFile() {
        return dataDir.resolve("infra.lock");
    }
}
