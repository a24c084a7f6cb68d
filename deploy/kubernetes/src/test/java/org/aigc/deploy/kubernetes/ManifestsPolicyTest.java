package org.aigc.deploy.kubernetes;

import static org.aigc.deploy.kubernetes.ManifestsTest.MODULE;
import static org.aigc.deploy.kubernetes.ManifestsTest.app;
import static org.aigc.deploy.kubernetes.ManifestsTest.deployment;
import static org.aigc.deploy.kubernetes.ManifestsTest.kafkaTopics;
import static org.aigc.deploy.kubernetes.ManifestsTest.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Topics;
import org.aigc.contracts.Verticals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets, Kafka ACLs, autoscaling, disruption budgets, network isolation and images. */
class ManifestsPolicyTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|api_?key|token|hmac|admin_key|jaas).*");

    // 5. no Secret value is committed; every referenced Secret is made by an operator or the README -----

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsAreOnlyReferencedAndEachIsAccountedFor(String overlay) throws IOException {
        Manifests m = rendered(overlay);
        assertThat(m.all("Secret")).as("no Secret objects are committed").isEmpty();
        m.all("ConfigMap").forEach(cm -> cm.at("/data").fieldNames().forEachRemaining(k ->
                assertThat(k).as(cm + " holds no credential").doesNotMatch(SECRET_NAME)));
        Map<String, Set<String>> available = operatorSecrets(m);
        Map<String, Set<String>> readme = readmeSecrets();
        Map<String, Set<String>> referenced = new TreeMap<>();
        for (Deployment d : m.all("Deployment", Deployment.class)) {
            Container c = app(d);
            ContainerEnv.of(c, m).vars.values().forEach(v -> {
                if (v.secret() != null) {
                    referenced.computeIfAbsent(v.secret().getName(), x -> new TreeSet<>()).add(v.secret().getKey());
                } else {
                    assertThat(v.name()).as(d.getMetadata().getName() + ": " + v.name() + " is a literal").doesNotMatch(SECRET_NAME);
                }
            });
            d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v ->
                    v.getSecret().getItems().forEach(i -> referenced.computeIfAbsent(v.getSecret().getSecretName(),
                            x -> new TreeSet<>()).add(i.getKey())));
        }
        m.all("Cluster").forEach(c -> c.at("/spec/managed/roles").forEach(r -> referenced.computeIfAbsent(
                r.at("/passwordSecret/name").asText(), x -> new TreeSet<>()).addAll(List.of("username", "password"))));
        m.all("TriggerAuthentication").forEach(t -> t.at("/spec/secretTargetRef").forEach(r -> referenced
                .computeIfAbsent(r.path("name").asText(), x -> new TreeSet<>()).add(r.path("key").asText())));
        m.all("KafkaUser").forEach(u -> {
            JsonNode ref = u.at("/spec/authentication/password/valueFrom/secretKeyRef");
            if (!ref.isMissingNode()) {
                referenced.computeIfAbsent(ref.path("name").asText(), x -> new TreeSet<>()).add(ref.path("key").asText());
            }
        });
        m.all("Ingress").forEach(i -> i.at("/spec/tls").forEach(t -> referenced.computeIfAbsent(
                t.path("secretName").asText(), x -> new TreeSet<>()).addAll(List.of("tls.crt", "tls.key"))));
        referenced.forEach((secret, keys) -> {
            Set<String> made = available.get(secret);
            if (made == null) {
                // README names may hold a shell loop variable: "aigc-db-$db"
                made = readme.entrySet().stream()
                        .filter(e -> secret.matches(e.getKey().replaceAll("\\$\\{?\\w+}?", "[a-z0-9-]+")))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            assertThat(made).as(overlay + ": Secret " + secret + " is neither made by an operator nor created in README.md")
                    .isNotNull();
            assertThat(made).as(overlay + ": keys of Secret " + secret).containsAll(keys);
        });
    }

    /** Secrets that Strimzi creates: one per SCRAM KafkaUser without a given password, and the cluster CA. */
    private static Map<String, Set<String>> operatorSecrets(Manifests m) {
        Map<String, Set<String>> secrets = new HashMap<>();
        m.all("Kafka").forEach(k -> secrets.put(k.name() + "-cluster-ca-cert", new HashSet<>(Set.of("ca.crt", "ca.p12", "ca.password"))));
        m.all("KafkaUser").stream().filter(u -> u.at("/spec/authentication/password").isMissingNode())
                .forEach(u -> secrets.put(u.name(), new HashSet<>(Set.of("password", "sasl.jaas.config"))));
        return secrets;
    }

    /** {@code kubectl create secret ...} commands of README.md: secret name to keys. */
    static Map<String, Set<String>> readmeSecrets() throws IOException {
        String readme = Files.readString(MODULE.resolve("README.md")).replace("\\\n", " ");
        Map<String, Set<String>> secrets = new HashMap<>();
        Matcher cmd = Pattern.compile("kubectl (?:-n \\S+ )?create secret (generic|tls) (\\S+)([^\\n]*)").matcher(readme);
        while (cmd.find()) {
            Set<String> keys = secrets.computeIfAbsent(cmd.group(2).replace("\"", ""), k -> new HashSet<>());
            if (cmd.group(1).equals("tls")) {
                keys.addAll(List.of("tls.crt", "tls.key"));
            }
            Matcher key = Pattern.compile("--from-(?:literal|file)=([^=\\s]+)=").matcher(cmd.group(3));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return secrets;
    }

    @Test
    void noCommittedFileCarriesAKeyOrPassword() throws IOException {
        for (Path f : ManifestsTest.yamlFiles()) {
            String text = Files.readString(f);
            assertThat(text).as(f + "").doesNotContain("kind: Secret").doesNotContain("-----BEGIN").doesNotContainPattern("sk-[A-Za-z0-9]{20,}");
        }
        try (var s = Files.walk(MODULE.resolve("base/config"))) {
            for (Path env : s.filter(Files::isRegularFile).toList()) {
                Files.readAllLines(env).forEach(l -> assertThat(l.split("=")[0]).as(env + "").doesNotMatch(SECRET_NAME));
            }
        }
    }

    // 6. Kafka users may only touch their own topics -----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaUsersMayOnlyReadAndWriteTheirOwnTopics(String overlay) {
        Manifests m = rendered(overlay);
        for (String name : ServiceConfig.SERVICES) {
            JsonNode user = m.find("KafkaUser", name).orElseThrow(() -> new AssertionError("no KafkaUser " + name)).node();
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                String type = acl.at("/resource/type").asText();
                String resource = acl.at("/resource/name").asText() + ("prefix".equals(acl.at("/resource/patternType").asText()) ? "*" : "");
                Set<String> ops = new HashSet<>();
                acl.path("operations").forEach(o -> ops.add(o.asText()));
                assertThat(type).as(name + " ACL resource types").isIn("topic", "group");
                if (type.equals("group")) {
                    groups.add(resource);
                } else {
                    assertThat(resource).as(name + ": no prefix grants on topics").doesNotEndWith("*");
                    assertThat(ops).as(name + " " + resource).isSubsetOf("Read", "Write", "Describe");
                    if (ops.contains("Read")) {
                        reads.add(resource);
                    }
                    if (ops.contains("Write")) {
                        writes.add(resource);
                    }
                }
            }
            Io io = Io.of(name);
            Set<String> expectedWrites = new TreeSet<>(io.writes);
            io.reads.forEach(t -> expectedWrites.add(Topics.dlq(t)));
            assertThat(reads).as(overlay + ": topics " + name + " may read").isEqualTo(new TreeSet<>(io.reads));
            assertThat(writes).as(overlay + ": topics " + name + " may write").isEqualTo(expectedWrites);
            // gateway and generation also read in a group per replica (waiters, chunks; cancellations): a prefix
            assertThat(groups).as(name + " consumer groups").containsExactly(
                    name.equals("gateway-service") || name.equals("generation-service") ? name + "*" : name);
        }
    }

    /** Who produces and consumes what (DESIGN.md section 3), from the contract's topic names. */
    record Io(List<String> reads, List<String> writes) {
        static Io of(String service) {
            if (service.equals("gateway-service")) {
                // direct (OpenAI-compatible) calls: the gateway asks for model calls and reads their results itself
                List<String> writes = new ArrayList<>(Verticals.ALL.stream().map(Topics::requests).toList());
                writes.add(Topics.MODEL_CALLS);
                writes.add(Topics.CANCELLATIONS); // DELETE /api/v1/jobs/{id} tells the generation service
                return new Io(List.of(Topics.RESULTS, Topics.MODEL_CHUNKS, Topics.USAGE,
                        Topics.modelResults(Verticals.DIRECT)), writes);
            }
            if (service.equals("generation-service")) {
                List<String> writes = new ArrayList<>(Verticals.ALL.stream().map(Topics::modelResults).toList());
                writes.addAll(List.of(Topics.modelResults(Verticals.DIRECT), Topics.MODEL_CHUNKS, Topics.USAGE));
                return new Io(List.of(Topics.MODEL_CALLS, Topics.CANCELLATIONS), writes);
            }
            String v = service.substring("vertical-".length());
            List<String> reads = new ArrayList<>(pipelineReads(service));
            if (v.equals("games")) {
                reads.add(Topics.RESULTS); // TurnRecorder keeps NPC dialogue memory from the released results
            }
            return new Io(reads, List.of(Topics.MODEL_CALLS, Topics.RESULTS));
        }

        /** What an industry service's pipeline consumes: the work its replicas scale on. */
        static List<String> pipelineReads(String service) {
            String v = service.substring("vertical-".length());
            return List.of(Topics.requests(v), Topics.modelResults(v));
        }
    }

    // 7. scale-out ------------------------------------------------------------------------------------

    @Test
    void prodScalesOnLagWithinPartitionsAndTheGatewayOnCpu() {
        Manifests m = rendered("prod");
        Map<String, JsonNode> topics = kafkaTopics(m);
        String bootstrap = ContainerEnv.of(app(deployment(m, "gateway-service")), m).value("KAFKA_BOOTSTRAP_SERVERS");
        for (String name : ServiceConfig.SERVICES) {
            assertThat(deployment(m, name).getSpec().getReplicas()).as(name + ": replicas owned by its autoscaler").isNull();
            if (name.equals("gateway-service")) {
                continue;
            }
            JsonNode so = m.find("ScaledObject", name).orElseThrow(() -> new AssertionError("no ScaledObject " + name)).node();
            assertThat(so.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            int max = so.at("/spec/maxReplicaCount").asInt();
            assertThat(so.at("/spec/minReplicaCount").asInt()).as(name + " min replicas").isBetween(2, max);
            Set<String> scaledOn = new TreeSet<>();
            for (JsonNode t : so.at("/spec/triggers")) {
                assertThat(t.path("type").asText()).isEqualTo("kafka");
                String topic = t.at("/metadata/topic").asText();
                scaledOn.add(topic);
                assertThat(t.at("/metadata/consumerGroup").asText()).as(name + " group").isEqualTo(name);
                assertThat(t.at("/metadata/bootstrapServers").asText()).isEqualTo(bootstrap);
                assertThat(m.find("TriggerAuthentication", t.at("/authenticationRef/name").asText())).isPresent();
                assertThat(topics).containsKey(topic);
                assertThat(max).as(name + " maxReplicaCount <= partitions of " + topic)
                        .isLessThanOrEqualTo(topics.get(topic).path("partitions").asInt());
            }
            assertThat(scaledOn).as(name + " scales on the lag of what it consumes")
                    .isEqualTo(new TreeSet<>(name.startsWith("vertical-") ? Io.pipelineReads(name)
                            : List.of(Topics.MODEL_CALLS))); // not aigc.cancellations: read by every replica, no work
        }
        HorizontalPodAutoscaler hpa = m.find("HorizontalPodAutoscaler", "gateway-service")
                .orElseThrow(() -> new AssertionError("no HPA for the gateway")).as(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("gateway-service");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).as("gateway replicas <= partitions of its shared group's topics")
                .isLessThanOrEqualTo(topics.get(Topics.RESULTS).path("partitions").asInt());
        for (String name : ServiceConfig.SERVICES) {
            PodDisruptionBudget pdb = m.find("PodDisruptionBudget", name).orElseThrow(() -> new AssertionError("no PDB " + name))
                    .as(PodDisruptionBudget.class);
            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app", name));
            assertThat(deployment(m, name).getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity())
                    .as(name + " anti-affinity").isNotNull();
        }
    }

    @Test
    void prodConnectionPoolsFitIntoPostgres() {
        Manifests m = rendered("prod");
        int maxConnections = m.all("Cluster").get(0).at("/spec/postgresql/parameters/max_connections").asInt();
        int total = 0;
        for (String name : ServiceConfig.SERVICES) {
            int replicas = name.equals("gateway-service")
                    ? m.find("HorizontalPodAutoscaler", name).orElseThrow().at("/spec/maxReplicas").asInt()
                    : m.find("ScaledObject", name).orElseThrow().at("/spec/maxReplicaCount").asInt();
            String pool = ContainerEnv.of(app(deployment(m, name)), m).value("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            total += replicas * (pool == null ? 20 : Integer.parseInt(pool)); // 20 = Agroal's default max-size
        }
        assertThat(total).as("JDBC connections at max scale vs max_connections minus a reserve of 10").isLessThanOrEqualTo(maxConnections - 10);
    }

    @Test
    void devRunsOneReplicaOfEverythingWithoutAutoscalers() {
        Manifests m = rendered("dev");
        m.all("Deployment", Deployment.class).forEach(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(m.all("ScaledObject")).isEmpty();
        assertThat(m.all("HorizontalPodAutoscaler")).isEmpty();
    }

    // 8. network isolation ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromOutsideAndVerticalsOnlyFromTheGateway(String overlay) {
        Manifests m = rendered(overlay);
        Policies policies = new Policies(m);
        for (String name : ServiceConfig.SERVICES) {
            Map<String, String> labels = deployment(m, name).getSpec().getTemplate().getMetadata().getLabels();
            assertThat(policies.deniesByDefault(labels)).as(name + " is under a default-deny policy").isTrue();
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            policies.ingress(labels).forEach(r -> {
                assertThat(r.getFrom()).as(name + ": an ingress rule without sources admits everyone").isNotEmpty();
                assertThat(r.getPorts()).as(name + " ingress ports").isNotEmpty()
                        .allMatch(p -> p.getPort().getIntVal() != null && p.getPort().getIntVal() == 8080);
                peers.addAll(r.getFrom());
            });
            for (NetworkPolicyPeer p : peers) {
                assertThat(p.getIpBlock()).as(name + " ingress by IP").isNull();
                boolean prometheus = isNamespace(p, "monitoring") && p.getPodSelector() != null
                        && "prometheus".equals(p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                boolean ingressController = isNamespace(p, "ingress-nginx");
                boolean fromGateway = p.getNamespaceSelector() == null && p.getPodSelector() != null
                        && p.getPodSelector().getMatchLabels().equals(Map.of("app", "gateway-service"));
                if (name.equals("gateway-service")) {
                    assertThat(prometheus || ingressController).as("gateway admits " + p).isTrue();
                } else if (name.startsWith("vertical-")) {
                    assertThat(prometheus || fromGateway).as(name + " admits " + p).isTrue();
                } else {
                    assertThat(prometheus).as(name + " admits " + p).isTrue();
                }
            }
            if (name.equals("gateway-service")) {
                assertThat(peers).anyMatch(p -> isNamespace(p, "ingress-nginx"));
            } else if (name.startsWith("vertical-")) {
                assertThat(peers).as(name + " reachable from the gateway").anyMatch(p -> p.getPodSelector() != null
                        && p.getNamespaceSelector() == null && "gateway-service".equals(p.getPodSelector().getMatchLabels().get("app")));
            }
            policies.egress(labels).forEach(r -> {
                assertThat(r.getTo()).as(name + ": an egress rule without destinations allows everything").isNotEmpty();
                r.getTo().stream().filter(p -> p.getIpBlock() != null).forEach(p -> {
                    assertThat(name).as("only the generation service leaves the cluster").isEqualTo("generation-service");
                    assertThat(p.getIpBlock().getExcept()).as("model egress excludes private and metadata ranges")
                            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");
                    assertThat(r.getPorts()).extracting(NetworkPolicyPort::getPort).extracting(i -> i.getIntVal())
                            .containsOnly(443);
                });
            });
        }
        m.all("Ingress").forEach(i -> i.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(path ->
                assertThat(path.at("/backend/service/name").asText()).as("Ingress backends").isEqualTo("gateway-service"))));
    }

    private static boolean isNamespace(NetworkPolicyPeer p, String namespace) {
        return p.getNamespaceSelector() != null && p.getNamespaceSelector().getMatchLabels() != null
                && namespace.equals(p.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
    }

    // 9. images the build produces --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void manifestsReferenceTheImagesTheBuildProduces(String overlay) throws IOException {
        Manifests m = rendered(overlay);
        String version = System.getProperty("aigc.project.version", "0.1.0-SNAPSHOT");
        for (String name : ServiceConfig.SERVICES) {
            assertThat(app(deployment(m, name)).getImage()).isEqualTo("ghcr.io/aigc-platform/" + name + ":" + version);
        }
        String script = Files.readString(MODULE.resolve("build-images.sh"));
        ServiceConfig.SERVICES.forEach(s -> assertThat(script).as("build-images.sh builds " + s).contains(s));
        assertThat(Files.readString(MODULE.resolve("docker/Dockerfile.jvm")))
                .contains("${MODULE}/target/quarkus-app/").contains("USER 185");
        ServiceConfig.SERVICES.forEach(s -> assertThat(ManifestsTest.REPO.resolve(s + "/pom.xml")).exists());
    }
}
