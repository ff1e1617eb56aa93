package org.perfreview.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** The documents of one rendered overlay, looked up by kind and name. */
public record Manifests(String source, List<JsonNode> documents) {

    public List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    public <T> List<T> ofKind(String kind, Class<T> type) {
        return ofKind(kind).stream().map(doc -> Models.convert(doc, type)).toList();
    }

    public Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(doc -> name.equals(doc.path("metadata").path("name").asText())).findFirst();
    }

    public JsonNode get(String kind, String name) {
        Optional<JsonNode> found = find(kind, name);
        assertThat(found).as("%s in %s", kind + "/" + name, source).isPresent();
        return found.get();
    }

    public <T> T get(String kind, String name, Class<T> type) {
        return Models.convert(get(kind, name), type);
    }
}
