package org.perfreview.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes from one JSON Schema to the next that a reader of documents written against the first would notice:
 * a property removed (the committed schemas forbid unknown properties, so old documents carrying it are refused),
 * a property newly required (old documents lack it), an enum value removed, a type narrowed. Adding an optional
 * property or an enum value is not reported. Follows {@code #/$defs/...} references, into arrays, maps and anyOf.
 */
public final class SchemaChanges {

    private final JsonNode beforeRoot;
    private final JsonNode afterRoot;
    private final List<String> breaking = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();

    private SchemaChanges(JsonNode beforeRoot, JsonNode afterRoot) {
        this.beforeRoot = beforeRoot;
        this.afterRoot = afterRoot;
    }

    /** One line per breaking change, each starting with the JSON path of the property; empty when none. */
    public static List<String> breaking(JsonNode before, JsonNode after) {
        SchemaChanges changes = new SchemaChanges(before, after);
        changes.compare(before, after, "$");
        return changes.breaking;
    }

    private void compare(JsonNode before, JsonNode after, String path) {
        if ((before.has("$ref") || after.has("$ref")) && !compared.add(before + "→" + after)) {
            return; // these two references were compared already (where first met): once is enough, and ends recursion
        }
        JsonNode b = resolve(beforeRoot, before);
        JsonNode a = resolve(afterRoot, after);
        if (b != before || a != after) {
            compare(b, a, path);
            return;
        }
        types(b, a, path);
        b.path("properties").fields().forEachRemaining(p -> {
            JsonNode next = a.path("properties").get(p.getKey());
            if (next == null) {
                breaking.add(path + "." + p.getKey() + ": removed");
            } else {
                compare(p.getValue(), next, path + "." + p.getKey());
            }
        });
        Set<String> requiredBefore = texts(b.path("required"));
        texts(a.path("required")).stream().filter(r -> !requiredBefore.contains(r)).sorted()
                .forEach(r -> breaking.add(path + "." + r + ": newly required"));
        Set<String> enumAfter = texts(a.path("enum"));
        if (a.has("enum")) {
            texts(b.path("enum")).stream().filter(v -> !enumAfter.contains(v)).sorted()
                    .forEach(v -> breaking.add(path + ": enum value " + v + " removed"));
        }
        if (b.path("items").isObject() && a.path("items").isObject()) {
            compare(b.get("items"), a.get("items"), path + "[]");
        }
        if (b.path("additionalProperties").isObject() && a.path("additionalProperties").isObject()) {
            compare(b.get("additionalProperties"), a.get("additionalProperties"), path + "{}");
        }
        for (JsonNode option : b.path("anyOf")) {
            for (JsonNode candidate : a.path("anyOf")) {
                if (option.path("$ref").asText().equals(candidate.path("$ref").asText())
                        && option.path("type").equals(candidate.path("type"))) {
                    compare(option, candidate, path);
                }
            }
        }
    }

    private void types(JsonNode b, JsonNode a, String path) {
        if (b.has("type") && a.has("type")) {
            Set<String> after = texts(a.get("type"));
            texts(b.get("type")).stream().filter(t -> !after.contains(t) && !(t.equals("integer") && after.contains("number")))
                    .sorted().forEach(t -> breaking.add(path + ": no longer a " + t));
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (!ref.startsWith("#/$defs/")) {
            return schema;
        }
        JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
        if (target.isMissingNode()) {
            return schema;
        }
        // Beside a $ref, a schema may add keywords (e.g. propertyNames on a dimension map): the target's come first.
        ObjectNode merged = target.deepCopy();
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> texts = new HashSet<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
