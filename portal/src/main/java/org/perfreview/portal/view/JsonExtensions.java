package org.perfreview.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets templates read the services' JSON answers as they come ({@code {card.total}}, {@code {#for f in card.findings}}),
 * so the portal keeps no copy of the services' answer types: text as text, numbers as numbers, arrays as lists.
 */
@TemplateExtension
public final class JsonExtensions {
    private JsonExtensions() {
    }

    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object field(JsonNode node, String name) {
        return plain(node.get(name));
    }

    /** The object's entries ({@code {#for e in card.dimensions.pairs}}), for maps such as a card's dimensions. */
    @TemplateExtension(priority = TemplateExtension.DEFAULT_PRIORITY + 1)
    static List<JsonEntry> pairs(JsonNode node) {
        List<JsonEntry> entries = new ArrayList<>();
        node.properties().forEach(e -> entries.add(new JsonEntry(e.getKey(), plain(e.getValue()))));
        return entries;
    }

    public static Object plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<JsonNode> items = new ArrayList<>(value.size());
            value.forEach(items::add);
            return items.stream().map(JsonExtensions::plainItem).toList();
        }
        return value;
    }

    private static Object plainItem(JsonNode item) {
        Object plain = plain(item);
        return plain == null ? "" : plain;
    }

    public record JsonEntry(String key, Object value) {
    }
}
