package org.aigc.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.aigc.contracts.Topics;

/**
 * The infrastructure of a local platform in one process: a real Kafka broker (KRaft) and a real PostgreSQL server
 * with data under one directory, every contract topic (with its dead-letter topic) and one database per service.
 * {@code ./aigc up} runs it as {@code java -jar target/stack/aigc-local-<version>-stack.jar --data-dir .aigc}; it
 * writes {@link LocalStackOptions#readyFile()} when it is usable and stays up until SIGTERM.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalStackOptions options;
    private final FileChannel lockChannel;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgresServer postgres;

    private LocalStack(LocalStackOptions options, FileChannel lockChannel) {
        this.options = options;
        this.lockChannel = lockChannel;
    }

    /** Starts Kafka and PostgreSQL, creates what is missing and writes the ready file. */
    public static LocalStack start(LocalStackOptions options) throws Exception {
        Files.createDirectories(options.dataDir());
        LocalStack stack = new LocalStack(options, lock(options.lockFile()));
        Files.deleteIfExists(options.readyFile());
        try {
            stack.kafka = EmbeddedKafkaBroker.start(options.kafkaDir(), options.kafkaPort(),
                    options.controllerPort());
            stack.kafka.createTopics(Topics.allWithDeadLetters(), options.partitions());
            stack.postgres = EmbeddedPostgresServer.start(options.postgresDir(), options.postgresPort());
            for (ServiceCatalog.Service service : ServiceCatalog.ALL) {
                stack.postgres.createDatabase(service.database());
            }
            stack.writeReadyFile();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** One stack per data directory: a second one would corrupt both Kafka's log and PostgreSQL's data. */
    private static FileChannel lock(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another local stack is already running on " + lockFile.getParent());
        }
        return channel;
    }

    private void writeReadyFile() throws IOException {
        List<String> lines = List.of(
                "pid=" + ProcessHandle.current().pid(),
                "started-at=" + Instant.now(),
                "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "postgres.port=" + postgres.port(),
                "postgres.jdbc-url=" + postgres.jdbcUrl(""),
                "topics=" + Topics.allWithDeadLetters().size(),
                "databases=" + String.join(",", ServiceCatalog.ALL.stream().map(ServiceCatalog.Service::database)
                        .toList()));
        Path tmp = options.readyFile().resolveSibling(options.readyFile().getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        // readers poll for the file: it must never be seen half written
        Files.move(tmp, options.readyFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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

    public LocalStackOptions options() {
        return options;
    }

    /** Stops Kafka first (its clients are gone by now), then PostgreSQL; idempotent. */
    @Override
    public synchronized void close() {
        try {
            Files.deleteIfExists(options.readyFile());
        } catch (IOException e) {
            System.err.println("cannot delete " + options.readyFile() + ": " + e);
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e);
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
        try {
            lockChannel.close();
        } catch (IOException e) {
            // releasing the lock cannot fail in a way that matters at shutdown
        }
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.install();
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = start(options);
        } catch (Exception e) {
            System.err.println("local stack failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("local stack stopping");
            stack.close();
            System.out.println("local stack stopped");
            stopped.countDown();
        }, "aigc-local-stack-stop"));
        System.out.printf("local stack ready in %d ms: Kafka %s, PostgreSQL 127.0.0.1:%d, data in %s%n",
                (System.nanoTime() - started) / 1_000_000, stack.bootstrapServers(), stack.postgres().port(),
                options.dataDir());
        stopped.await();
    }
}
