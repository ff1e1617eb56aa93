package org.perfreview.deploy.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML to Jackson trees; empty documents (comment-only, trailing ---) are dropped. */
public final class Yaml {
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    public static List<JsonNode> documents(String text) {
        // One tree per document; readValues() would split a top-level sequence (a JSON patch) into items.
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                JsonNode node = MAPPER.readTree(parser);
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(node);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("YAML does not parse: " + e.getMessage(), e);
        }
    }

    public static List<JsonNode> documents(Path file) {
        try {
            return documents(ProjectFiles.read(file));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    public static JsonNode single(Path file) {
        List<JsonNode> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + " holds " + docs.size() + " YAML documents, expected one");
        }
        return docs.get(0);
    }
}
