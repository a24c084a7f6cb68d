package org.aigc.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schema validation. Built-in kinds are bound to the fabric8 Kubernetes model: a field the model does
 * not know (a typo such as {@code readinesProbe}, a field at the wrong level) or a value of the wrong
 * type ends up in an {@code additionalProperties} map, which is reported. Operator kinds (Strimzi,
 * CloudNativePG, KEDA) have no fabric8 model: their apiVersion/kind must be known and their spec must
 * use only known top-level fields and carry the fields their operator requires.
 */
final class SchemaCheck {

    private static final Map<String, Map<String, Set<String>>> CUSTOM_SPEC_FIELDS = Map.of(
            "kafka.strimzi.io/v1beta2", Map.of(
                    "Kafka", Set.of("kafka", "entityOperator", "cruiseControl", "kafkaExporter", "clientsCa",
                            "clusterCa", "maintenanceTimeWindows"),
                    "KafkaNodePool", Set.of("replicas", "roles", "storage", "resources", "jvmOptions", "template"),
                    "KafkaTopic", Set.of("topicName", "partitions", "replicas", "config"),
                    "KafkaUser", Set.of("authentication", "authorization", "quotas", "template")),
            "postgresql.cnpg.io/v1", Map.of(
                    "Cluster", Set.of("instances", "imageName", "primaryUpdateStrategy", "storage", "postgresql",
                            "resources", "affinity", "bootstrap", "managed", "monitoring", "backup",
                            "enableSuperuserAccess", "minSyncReplicas", "maxSyncReplicas"),
                    "Database", Set.of("cluster", "name", "owner", "ensure", "encoding", "template")),
            "keda.sh/v1alpha1", Map.of(
                    "ScaledObject", Set.of("scaleTargetRef", "pollingInterval", "cooldownPeriod", "minReplicaCount",
                            "maxReplicaCount", "idleReplicaCount", "advanced", "triggers", "fallback"),
                    "TriggerAuthentication", Set.of("secretTargetRef", "env", "podIdentity")));

    private SchemaCheck() {
    }

    /** Problems of one document; {@code partial} for patches, which need not be complete. */
    static List<String> problems(Manifests.Doc doc, boolean partial) {
        List<String> problems = new ArrayList<>();
        String apiVersion = doc.node().path("apiVersion").asText("");
        String kind = doc.kind();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            problems.add(doc + ": apiVersion and kind are required");
            return problems;
        }
        if (!partial && doc.name().isEmpty()) {
            problems.add(doc + ": metadata.name is required");
        }
        Map<String, Set<String>> custom = CUSTOM_SPEC_FIELDS.get(apiVersion);
        if (custom != null) {
            checkCustom(doc, custom.get(kind), partial, problems);
            return problems;
        }
        Class<? extends KubernetesResource> type = Manifests.SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || GenericKubernetesResource.class.equals(type)) {
            problems.add(doc + ": " + apiVersion + "/" + kind + " is not a kind of the Kubernetes model");
            return problems;
        }
        try {
            Object typed = Manifests.SERIALIZATION.convertValue(doc.node(), type);
            unknownFields(typed, kind, problems, doc);
        } catch (IllegalArgumentException e) {
            problems.add(doc + ": does not bind to " + type.getSimpleName() + ": " + e.getMessage());
        }
        return problems;
    }

    private static void checkCustom(Manifests.Doc doc, Set<String> specFields, boolean partial, List<String> problems) {
        if (specFields == null) {
            problems.add(doc + ": unknown kind for " + doc.node().path("apiVersion").asText());
            return;
        }
        JsonNode spec = doc.at("/spec");
        if (!spec.isObject()) {
            problems.add(doc + ": spec is required");
            return;
        }
        spec.fieldNames().forEachRemaining(f -> {
            if (!specFields.contains(f)) {
                problems.add(doc + ": unknown field spec." + f);
            }
        });
        if (partial) {
            return;
        }
        for (String pointer : required(doc.kind())) {
            if (doc.at(pointer).isMissingNode() || doc.at(pointer).isNull()) {
                problems.add(doc + ": " + pointer + " is required");
            }
        }
    }

    private static List<String> required(String kind) {
        return switch (kind) {
            case "Kafka" -> List.of("/spec/kafka/listeners/0/name", "/spec/kafka/listeners/0/port",
                    "/spec/kafka/listeners/0/type", "/spec/kafka/listeners/0/tls");
            case "KafkaNodePool" -> List.of("/spec/replicas", "/spec/roles/0", "/spec/storage/type",
                    "/metadata/labels/strimzi.io~1cluster");
            case "KafkaTopic" -> List.of("/spec/partitions", "/metadata/labels/strimzi.io~1cluster");
            case "KafkaUser" -> List.of("/spec/authentication/type", "/metadata/labels/strimzi.io~1cluster");
            case "Cluster" -> List.of("/spec/instances", "/spec/storage/size");
            case "Database" -> List.of("/spec/name", "/spec/owner", "/spec/cluster/name");
            case "ScaledObject" -> List.of("/spec/scaleTargetRef/name", "/spec/triggers/0/type",
                    "/spec/triggers/0/metadata");
            case "TriggerAuthentication" -> List.of("/spec/secretTargetRef/0/parameter",
                    "/spec/secretTargetRef/0/name", "/spec/secretTargetRef/0/key");
            default -> List.of();
        };
    }

    /** Walks the bound model and reports every non-empty additionalProperties map. */
    private static void unknownFields(Object value, String path, List<String> problems, Manifests.Doc doc) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", problems, doc);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, doc));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = m.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(doc + ": unknown or mistyped field(s) " + extra.keySet() + " at " + path);
                }
                continue;
            }
            String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            unknownFields(child, path + "." + field, problems, doc);
        }
    }
}
