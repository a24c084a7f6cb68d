package org.aigc.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parsed documents of one rendered overlay (or of one raw file), with typed access. */
final class Manifests {

    static final YAMLMapper YAML = new YAMLMapper();
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** One YAML document: its kind, name and tree. */
    record Doc(String source, String kind, String name, ObjectNode node) {
        <T> T as(Class<T> type) {
            return SERIALIZATION.convertValue(node, type);
        }

        JsonNode at(String pointer) {
            return node.at(pointer);
        }

        @Override
        public String toString() {
            return kind + "/" + name + " (" + source + ")";
        }
    }

    final String name;
    final List<Doc> docs;

    private Manifests(String name, List<Doc> docs) {
        this.name = name;
        this.docs = List.copyOf(docs);
    }

    static Manifests parse(String name, String yaml) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isMissingNode() || node.isEmpty()) {
                    continue; // comment-only document
                }
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException(name + ": a document that is not a mapping: " + node);
                }
                docs.add(new Doc(name, object.path("kind").asText(""), object.at("/metadata/name").asText(""), object));
            }
        }
        return new Manifests(name, docs);
    }

    List<Doc> all(String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind)).collect(Collectors.toList());
    }

    <T> List<T> all(String kind, Class<T> type) {
        return all(kind).stream().map(d -> d.as(type)).collect(Collectors.toList());
    }

    Optional<Doc> find(String kind, String name) {
        return docs.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst();
    }

    /** ConfigMaps are generated with a hash suffix; this finds one by its rendered name. */
    Optional<JsonNode> configMapData(String renderedName) {
        return find("ConfigMap", renderedName).map(d -> d.at("/data"));
    }

    @Override
    public String toString() {
        return name;
    }
}
