package org.aigc.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aigc.contracts.Topics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders both overlays with {@code kubectl kustomize} and checks them against the code: the services'
 * configuration, the contract topics, the env they need, secrets, autoscaling and network isolation.
 * Checks that need no rendering (raw files, scripts) also run where kubectl is missing.
 */
class ManifestsTest {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path REPO = MODULE.resolve("../..").normalize();
    static final Map<String, Manifests> RENDERED = new HashMap<>();
    static final Map<String, ServiceConfig> CONFIGS = new HashMap<>();

    /** Rendered once per test JVM and shared by both test classes. */
    static synchronized Manifests rendered(String overlay) {
        Assumptions.assumeTrue(Kustomize.available(),
                "kubectl is not installed: skipping the checks of the rendered overlays (raw-file checks still run)");
        return RENDERED.computeIfAbsent(overlay, o -> {
            try {
                return Manifests.parse(o, Kustomize.render(MODULE.resolve("overlays/" + o)));
            } catch (Exception e) {
                throw new IllegalStateException("overlay " + o + " does not render", e);
            }
        });
    }

    static ServiceConfig config(String service) {
        return CONFIGS.computeIfAbsent(service, s -> {
            try {
                return ServiceConfig.load(REPO, s);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Deployment deployment(Manifests m, String service) {
        return m.find("Deployment", service).map(d -> d.as(Deployment.class))
                .orElseThrow(() -> new AssertionError(m + ": no Deployment " + service));
    }

    static Container app(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(d.getMetadata().getName() + " containers").hasSize(1);
        return containers.get(0);
    }

    static int httpPort(Container c) {
        return c.getPorts().stream().filter(p -> "http".equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError(c.getName() + " has no port named http"));
    }

    // 1. both overlays render, every object binds to the Kubernetes model --------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectPassesSchemaValidation(String overlay) {
        Manifests m = rendered(overlay);
        assertThat(m.docs).as(overlay + " renders objects").hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        m.docs.forEach(d -> problems.addAll(SchemaCheck.problems(d, false)));
        assertThat(problems).as(overlay + " schema problems").isEmpty();
    }

    @Test
    void everyRawManifestAndPatchPassesSchemaValidation() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : yamlFiles()) {
            String text = Files.readString(file);
            if (file.getFileName().toString().equals("kustomization.yaml") || text.stripLeading().startsWith("- op:")
                    || text.lines().anyMatch(l -> l.startsWith("- op:"))) {
                continue; // kustomize's own files and JSON patches are checked by rendering
            }
            boolean patch = MODULE.relativize(file).toString().contains("overlays")
                    || file.toString().contains("/common/");
            Manifests.parse(MODULE.relativize(file).toString(), text).docs
                    .forEach(d -> problems.addAll(SchemaCheck.problems(d, patch)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void schemaValidationCatchesATypo() throws IOException {
        Manifests bad = Manifests.parse("typo", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """);
        assertThat(SchemaCheck.problems(bad.docs.get(0), false)).singleElement().asString().contains("readinesProbe");
    }

    // 2. every service: Deployment + Service whose ports and probes match its configuration --------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasADeploymentAndServiceMatchingItsConfig(String overlay) {
        Manifests m = rendered(overlay);
        for (String name : ServiceConfig.SERVICES) {
            ServiceConfig cfg = config(name);
            Deployment d = deployment(m, name);
            Container c = app(d);
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(name).containsEntry("app", name).containsEntry("app.kubernetes.io/part-of", "aigc");
            assertThat(d.getSpec().getSelector().getMatchLabels()).as(name + " selector").containsEntry("app", name);

            int port = httpPort(c);
            ContainerEnv env = ContainerEnv.of(c, m);
            assertThat(env.value("QUARKUS_HTTP_PORT")).as(name + " QUARKUS_HTTP_PORT = container port")
                    .isEqualTo(String.valueOf(port));

            Service svc = m.find("Service", name).map(s -> s.as(Service.class))
                    .orElseThrow(() -> new AssertionError(overlay + ": no Service " + name));
            assertThat(svc.getSpec().getSelector()).as(name + " Service selector").isEqualTo(Map.of("app", name));
            ServicePort sp = svc.getSpec().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " Service has no http port"));
            assertThat(resolvePort(sp.getTargetPort(), c)).as(name + " Service targetPort").isEqualTo(port);
            assertThat(sp.getPort()).as(name + " Service port (callers use :8080)").isEqualTo(8080);

            assertThat(cfg.hasHealthExtension()).as(name + " pom declares quarkus-smallrye-health, which serves the probes")
                    .isTrue();
            String probePort = cfg.probePortName(port);
            checkProbe(name, "startup", c.getStartupProbe(), cfg.healthPath("startup"), probePort, c);
            checkProbe(name, "liveness", c.getLivenessProbe(), cfg.healthPath("liveness"), probePort, c);
            checkProbe(name, "readiness", c.getReadinessProbe(), cfg.healthPath("readiness"), probePort, c);

            Map<String, String> annotations = d.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations).as(name + " scrape annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", probePort)
                    .containsEntry("prometheus.io/path", cfg.metricsPath());
        }
        assertThat(m.all("Deployment")).as("no Deployment for an unknown service").hasSize(ServiceConfig.SERVICES.size());
    }

    private static int resolvePort(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    private static void checkProbe(String name, String which, Probe probe, String path, String port, Container c) {
        assertThat(probe).as(name + " " + which + " probe").isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(name + " " + which + " probe is an HTTP GET").isNotNull();
        assertThat(get.getPath()).as(name + " " + which + " probe path").isEqualTo(path);
        assertThat(String.valueOf(resolvePort(get.getPort(), c))).as(name + " " + which + " probe port").isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsHardenedSizedAndShutsDownGracefully(String overlay) {
        Manifests m = rendered(overlay);
        for (Deployment d : m.all("Deployment", Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = app(d);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " pod runAsNonRoot").isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name + " runAsUser").isNotNull().isNotZero();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(name + " readOnlyRootFilesystem").isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(name + " allowPrivilegeEscalation").isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(name + " capabilities drop").contains("ALL");
            assertThat(c.getSecurityContext().getCapabilities().getAdd()).as(name + " capabilities add").isNullOrEmpty();
            assertThat(pod.getAutomountServiceAccountToken()).as(name + " no API token").isFalse();
            assertThat(c.getVolumeMounts()).as(name + " writable /tmp on a read-only root")
                    .anyMatch(v -> v.getMountPath().equals("/tmp"));
            for (String kind : List.of("requests", "limits")) {
                var map = kind.equals("requests") ? c.getResources().getRequests() : c.getResources().getLimits();
                assertThat(map).as(name + " resources." + kind).containsKeys("cpu", "memory");
            }
            assertThat(c.getResources().getLimits().get("memory").getNumericalAmount())
                    .as(name + " memory limit >= request")
                    .isGreaterThanOrEqualTo(c.getResources().getRequests().get("memory").getNumericalAmount());
            // graceful shutdown: preStop delay + Quarkus shutdown timeout must fit in the grace period
            String timeout = ContainerEnv.of(c, m).value("QUARKUS_SHUTDOWN_TIMEOUT");
            assertThat(timeout).as(name + " QUARKUS_SHUTDOWN_TIMEOUT").matches("\\d+s");
            int preStop = c.getLifecycle() == null || c.getLifecycle().getPreStop() == null ? 0
                    : Integer.parseInt(c.getLifecycle().getPreStop().getExec().getCommand().get(1));
            assertThat(preStop).as(name + " preStop sleep").isPositive();
            assertThat(pod.getTerminationGracePeriodSeconds()).as(name + " terminationGracePeriodSeconds")
                    .isGreaterThan(preStop + Long.parseLong(timeout.replace("s", "")));
        }
    }

    // 3. every contract topic has a KafkaTopic ------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContractTopicHasAKafkaTopic(String overlay) {
        Manifests m = rendered(overlay);
        String cluster = m.all("Kafka").get(0).name();
        Map<String, JsonNode> topics = kafkaTopics(m);
        assertThat(topics.keySet()).as(overlay + " KafkaTopics = Topics.allWithDeadLetters()")
                .containsExactlyInAnyOrderElementsOf(Topics.allWithDeadLetters());
        topics.forEach((name, spec) -> {
            assertThat(spec.path("partitions").asInt()).as(name + " partitions").isPositive();
            assertThat(spec.at("/config/retention.ms").asText()).as(name + " retention.ms").matches("\\d+");
        });
        m.all("KafkaTopic").forEach(t -> assertThat(t.at("/metadata/labels/strimzi.io~1cluster").asText())
                .as(t + " belongs to the Kafka cluster").isEqualTo(cluster));
    }

    static Map<String, JsonNode> kafkaTopics(Manifests m) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (Manifests.Doc t : m.all("KafkaTopic")) {
            String name = t.at("/spec/topicName").asText(t.name());
            if (topics.put(name, t.at("/spec")) != null) {
                fail("two KafkaTopics for " + name);
            }
        }
        return topics;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsInKraftModeWithANodePool(String overlay) {
        Manifests m = rendered(overlay);
        assertThat(m.all("Kafka")).hasSize(1);
        Manifests.Doc kafka = m.all("Kafka").get(0);
        assertThat(kafka.at("/spec/zookeeper").isMissingNode()).as("no ZooKeeper").isTrue();
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).as("ACLs enforced").isEqualTo("simple");
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        List<String> roles = new ArrayList<>();
        m.all("KafkaNodePool").forEach(p -> {
            assertThat(p.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(kafka.name());
            p.at("/spec/roles").forEach(r -> roles.add(r.asText()));
        });
        assertThat(roles).contains("controller", "broker");
        int brokers = m.all("KafkaNodePool").stream().mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        int rf = kafka.at("/spec/kafka/config/default.replication.factor").asInt();
        assertThat(rf).as("replication factor <= nodes").isLessThanOrEqualTo(brokers);
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isLessThanOrEqualTo(rf);
        if (overlay.equals("prod")) {
            assertThat(rf).as("prod survives a broker loss").isGreaterThanOrEqualTo(3);
        }
    }

    // 4. env a service needs for prod is provided -------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvVarAServiceNeedsIsProvided(String overlay) {
        Manifests m = rendered(overlay);
        Manifests.Doc kafka = m.all("Kafka").get(0);
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        String postgres = m.all("Cluster").get(0).name();
        for (String name : ServiceConfig.SERVICES) {
            ServiceConfig cfg = config(name);
            Container c = app(deployment(m, name));
            ContainerEnv env = ContainerEnv.of(c, m);
            List<String> required = new ArrayList<>(cfg.requiredEnv());
            boolean scram = "scram-sha-512".equals(listener.at("/authentication/type").asText());
            boolean tls = listener.path("tls").asBoolean();
            if (scram) {
                required.addAll(List.of("KAFKA_SASL_JAAS_CONFIG", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM"));
            }
            if (tls) {
                required.add("KAFKA_SSL_TRUSTSTORE_LOCATION");
            }
            for (String var : required) {
                ContainerEnv.Var v = env.vars.get(var);
                assertThat(v).as(overlay + ": " + name + " needs " + var).isNotNull();
                boolean mayBeOptional = overlay.equals("dev") && var.equals("AIGC_OPENAI_API_KEY");
                if (!mayBeOptional) {
                    assertThat(v.optionalSecret()).as(overlay + ": " + name + " " + var + " must not be optional").isFalse();
                }
                assertThat(v.secret() != null || (v.value() != null && !v.value().isBlank()))
                        .as(overlay + ": " + name + " " + var + " has a value").isTrue();
            }
            // values point at what the overlay really deploys
            assertThat(env.value("KAFKA_BOOTSTRAP_SERVERS")).as(name + " bootstrap")
                    .isEqualTo(kafka.name() + "-kafka-bootstrap:" + listener.path("port").asInt());
            if (scram) {
                assertThat(env.value("KAFKA_SECURITY_PROTOCOL")).isEqualTo(tls ? "SASL_SSL" : "SASL_PLAINTEXT");
                assertThat(env.value("KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
                assertThat(env.vars.get("KAFKA_SASL_JAAS_CONFIG").secret().getName())
                        .as(name + " uses the Secret of its own KafkaUser").isEqualTo(name);
                assertThat(m.find("KafkaUser", name)).as("KafkaUser " + name).isPresent();
            }
            if (tls) {
                String dir = Path.of(env.value("KAFKA_SSL_TRUSTSTORE_LOCATION")).getParent().toString();
                assertThat(c.getVolumeMounts()).as(name + " mounts the Kafka CA").anyMatch(v -> v.getMountPath().equals(dir));
            }
            checkDatasource(m, name, env, postgres);
            if (name.equals("gateway-service")) {
                for (String v : org.aigc.contracts.Verticals.ALL) {
                    String service = org.aigc.contracts.Verticals.serviceName(v);
                    assertThat(env.value(ServiceConfig.verticalUrlEnv(v))).as("gateway -> " + service)
                            .isEqualTo("http://" + service + ":8080");
                    assertThat(m.find("Service", service)).isPresent();
                }
            }
        }
    }

    private static void checkDatasource(Manifests m, String name, ContainerEnv env, String postgres) {
        String url = env.value("QUARKUS_DATASOURCE_JDBC_URL");
        String prefix = "jdbc:postgresql://" + postgres + "-rw:5432/";
        assertThat(url).as(name + " JDBC URL").startsWith(prefix);
        String db = url.substring(prefix.length()).replaceAll("\\?.*", "");
        Manifests.Doc database = m.all("Database").stream().filter(d -> d.at("/spec/name").asText().equals(db)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no CloudNativePG Database " + db));
        String owner = database.at("/spec/owner").asText();
        JsonNode role = null;
        for (JsonNode r : m.all("Cluster").get(0).at("/spec/managed/roles")) {
            if (r.path("name").asText().equals(owner)) {
                role = r;
            }
        }
        assertThat(role).as(name + ": managed role " + owner).isNotNull();
        String secret = role.at("/passwordSecret/name").asText();
        for (String var : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(env.vars.get(var).secret()).as(name + " " + var + " from a Secret").isNotNull();
            assertThat(env.vars.get(var).secret().getName()).as(name + " " + var + " = role " + owner + "'s Secret")
                    .isEqualTo(secret);
        }
    }

    @Test
    void requiredEnvIsDerivedFromTheServicesCode() {
        // ${SOMETHING_NEW} in a properties file, or a required @ConfigMapping property without a value,
        // makes a variable the Deployment must provide
        for (String name : ServiceConfig.SERVICES) {
            ServiceConfig cfg = config(name);
            assertThat(cfg.requiredEnv()).containsAll(cfg.referencedEnvWithoutDefault());
        }
        assertThat(config("gateway-service").mappedRequired).contains("gateway.admin-key");
        assertThat(config("vertical-games").mappedRequired).contains("aigc.labels.hmac-key", "aigc.vertical.name");
        assertThat(config("vertical-games").requiredEnv()).contains("AIGC_LABELS_HMAC_KEY").doesNotContain("AIGC_VERTICAL_NAME");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void tuningOverridesInTheManifestsOverrideARealProperty(String overlay) {
        // SMALLRYE_* variables override a property of the service; if the service renames it, they must go
        Manifests m = rendered(overlay);
        for (String name : ServiceConfig.SERVICES) {
            Set<String> envOfProperties = new java.util.HashSet<>();
            config(name).props.stringPropertyNames().forEach(p -> envOfProperties.add(ConfigMappings.envName(p)));
            ContainerEnv.of(app(deployment(m, name)), m).vars.keySet().stream().filter(v -> v.startsWith("SMALLRYE_"))
                    .forEach(v -> assertThat(envOfProperties).as(name + ": " + v + " overrides a property").contains(v));
        }
    }

    // helpers shared by the checks in ManifestsPolicyTest -------------------------------------------

    static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("base", "overlays")) {
            try (Stream<Path> s = Files.walk(MODULE.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
