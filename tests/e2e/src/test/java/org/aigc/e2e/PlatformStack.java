package org.aigc.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.Verticals;
import org.aigc.local.FreePorts;
import org.aigc.local.ServiceCatalog;

/**
 * The whole platform as separate processes, like {@code ./aigc up} starts it, but on free ports with its data in a
 * temporary directory: the local stack (Kafka + PostgreSQL), then the eight services in parallel.
 */
final class PlatformStack implements AutoCloseable {

    private static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xmx384m",
            // C1 only: the services start faster on two shared cores, and the test measures no throughput
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackLayout layout;
    private final Path workDir;
    private final int kafkaPort = FreePorts.pick();
    private final int postgresPort = FreePorts.pick();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final String adminKey = "e2e-admin-" + UUID.randomUUID();
    private final String labelKey = "e2e-label-" + UUID.randomUUID();
    private ManagedProcess infra;

    private PlatformStack(StackLayout layout, Path workDir) {
        this.layout = layout;
        this.workDir = workDir;
        ServiceCatalog.ALL.forEach(s -> ports.put(s.name(), FreePorts.pick()));
    }

    static PlatformStack start(StackLayout layout, Path workDir) throws Exception {
        return start(layout, workDir, Map.of());
    }

    /** As {@link #start(StackLayout, Path)}, with extra environment for some services (by service name). */
    static PlatformStack start(StackLayout layout, Path workDir, Map<String, Map<String, String>> extraEnv)
            throws Exception {
        PlatformStack stack = new PlatformStack(layout, workDir);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::killAll, "e2e-kill-stack"));
        Files.createDirectories(workDir.resolve("logs"));
        try {
            stack.startInfra();
            for (ServiceCatalog.Service service : ServiceCatalog.ALL) {
                stack.startService(service, extraEnv.getOrDefault(service.name(), Map.of()));
            }
            Readiness.awaitHealthy(stack.services.values(), START_TIMEOUT);
            return stack;
        } catch (Exception | Error e) {
            System.err.println("e2e: the platform did not start; processes and log tails:" + stack.diagnostics(60));
            stack.close();
            throw e;
        }
    }

    private void startInfra() throws InterruptedException {
        Path data = workDir.resolve("data");
        List<String> command = List.of(StackLayout.java(), "-XX:+UseSerialGC", "-Xmx256m", "-jar",
                layout.stackJar().orElseThrow().toString(), "--data-dir", data.toString(),
                "--kafka-port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(FreePorts.pick()),
                "--pg-port", String.valueOf(postgresPort), "--partitions", "3");
        infra = ManagedProcess.start("infra", -1, command, Map.of(), log("infra"));
        Readiness.awaitFile(infra, data.resolve("infra.ready"), START_TIMEOUT);
    }

    private void startService(ServiceCatalog.Service service, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(environment(service));
        env.putAll(extraEnv);
        List<String> command = new ArrayList<>();
        command.add(StackLayout.java());
        command.addAll(SERVICE_JVM);
        command.add("-jar");
        command.add(layout.serviceJar(service.name()).toString());
        services.put(service.name(), ManagedProcess.start(service.name(), ports.get(service.name()), command, env,
                log(service.name())));
    }

    /** The environment {@code ./aigc} gives each service. */
    private Map<String, String> environment(ServiceCatalog.Service service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service.name())));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        // eight JVMs start at once on two cores: a first connection may take longer than the 5 s default
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
        // as ./aigc: a crashed consumer's partitions move after 10 s instead of Kafka's default 45 s
        env.put("KAFKA_SESSION_TIMEOUT_MS", "10000");
        env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "3000");
        // never inherit a real model from the developer's shell: the offline model unless a test says otherwise
        env.put("AIGC_OPENAI_BASE_URL", "");
        env.put("AIGC_OPENAI_API_KEY", "");
        env.put("AIGC_OPENAI_MODEL", "");
        if (service.name().equals("gateway-service")) {
            env.put("GATEWAY_ADMIN_KEY", adminKey);
            // finished jobs hold their reservation this long for late usage (60 s by default): short, so the
            // crash test can check that nothing stays reserved without waiting a minute
            env.put("GATEWAY_METERING_USAGE_GRACE", "3s");
            env.put("GATEWAY_METERING_SWEEP_INTERVAL", "1s");
            for (String vertical : Verticals.ALL) {
                env.put("GATEWAY_VERTICALS_" + vertical.toUpperCase(Locale.ROOT) + "_URL",
                        "http://127.0.0.1:" + ports.get(Verticals.serviceName(vertical)));
            }
        } else if (service.name().startsWith("vertical-")) {
            env.put("AIGC_LABELS_HMAC_KEY", labelKey);
        }
        return env;
    }

    /** Kills a service with SIGKILL, as a crash would: no shutdown hook, no offset commit, no goodbye to Kafka. */
    void crash(String service) throws InterruptedException {
        services.get(service).kill();
    }

    /**
     * Stops a service with SIGTERM, as {@code ./aigc down} or Kubernetes would, and waits for it to exit (SIGKILL
     * after the grace period). Returns its exit code: 143 after a clean shutdown on SIGTERM, 137 when it was killed.
     */
    int terminate(String service) {
        ManagedProcess process = services.get(service);
        process.stop(STOP_GRACE);
        return process.exitCode();
    }

    /** Starts a service again (stopping it first if it still runs) with {@code env} added, and waits until ready. */
    void restart(String service, Map<String, String> env) throws InterruptedException {
        restart(Map.of(service, env));
    }

    /** Restarts several services side by side (each with its added environment) and waits until all are ready. */
    void restart(Map<String, Map<String, String>> envByService) throws InterruptedException {
        envByService.keySet().parallelStream().forEach(service -> services.get(service).stop(STOP_GRACE));
        envByService.forEach((service, env) -> startService(ServiceCatalog.byName(service), env));
        Readiness.awaitHealthy(envByService.keySet().stream().map(services::get).toList(), START_TIMEOUT);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway-service");
    }

    /** {@code host:port} of the stack's Kafka, for tests that read a topic directly. */
    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** JDBC URL of a service's database (user and password {@code postgres}), for tests that check rows directly. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    String adminKey() {
        return adminKey;
    }

    /** The eight service processes by name (port, liveness), e.g. to check health after a test's load. */
    Map<String, ManagedProcess> services() {
        return java.util.Collections.unmodifiableMap(services);
    }

    /** Pid and RSS of each process, then the tail of each log: printed when a test fails. */
    String diagnostics(int lines) {
        StringBuilder out = new StringBuilder();
        List<ManagedProcess> all = new ArrayList<>(services.values());
        if (infra != null) {
            all.add(0, infra);
        }
        for (ManagedProcess process : all) {
            out.append("\n===== ").append(process).append(process.isAlive() ? " running" : " EXITED")
                    .append(" =====\n").append(process.tail(lines)).append('\n');
        }
        return out.toString();
    }

    private Path log(String name) {
        return workDir.resolve("logs").resolve(name + ".log");
    }

    /** Services first (they flush offsets and outbox rows), the infrastructure last. */
    @Override
    public void close() {
        services.values().parallelStream().forEach(s -> s.stop(STOP_GRACE));
        if (infra != null) {
            infra.stop(Duration.ofSeconds(30));
        }
        stopStrayPostgres();
    }

    private void killAll() {
        services.values().forEach(ManagedProcess::destroyNow);
        if (infra != null) {
            infra.stop(Duration.ofSeconds(10));
        }
        stopStrayPostgres();
    }

    /** A killed local stack leaves PostgreSQL running (pg_ctl daemonises it): stop it through its pid file. */
    private void stopStrayPostgres() {
        Path pidFile = workDir.resolve("data/postgres/postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | RuntimeException e) {
            // best effort at shutdown
        }
    }
}
