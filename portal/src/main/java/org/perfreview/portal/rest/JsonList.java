package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The items of a page answer ({@code {"items":[...]}}) or of a plain array, as a list for templates. */
final class JsonList {
    private JsonList() {
    }

    /** An array of strings (e.g. a batch's rounds) as text, not as JSON. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(t -> texts.add(t.asText()));
        }
        return texts;
    }

    static List<JsonNode> items(JsonNode answer) {
        JsonNode array = answer == null ? null : answer.isArray() ? answer : answer.get("items");
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }
}
