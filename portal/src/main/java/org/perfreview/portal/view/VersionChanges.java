package org.perfreview.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit report's comparison of a refiled table with its previous version, in the words of the fix list:
 * {@code {#for l in change.lines}} gives one line per finding key (fixed, still open, new) with the problem's title
 * and where it points; a report without the words (written before they were added) shows the key itself.
 */
@TemplateExtension
public final class VersionChanges {
    private VersionChanges() {
    }

    /** One finding of the comparison; {@code state} is fixed, open or new. */
    public record Line(String state, String word, String key, String title, String where) {
    }

    @TemplateExtension(priority = TemplateExtension.DEFAULT_PRIORITY + 1)
    static List<Line> lines(JsonNode change) {
        Map<String, JsonNode> named = new HashMap<>();
        change.path("findings").forEach(f -> named.put(f.path("key").asText(), f));
        List<Line> lines = new ArrayList<>();
        add(lines, change.path("fixed"), "fixed", "已改正", named);
        add(lines, change.path("stillOpen"), "open", "仍未改正", named);
        add(lines, change.path("newlyFound"), "new", "新发现", named);
        return lines;
    }

    /** Where a finding points, as the fix list writes it: {@code “表1” C5 · 指标名}. */
    @TemplateExtension(priority = TemplateExtension.DEFAULT_PRIORITY + 1)
    static String where(JsonNode location) {
        if (location == null || !location.isObject()) {
            return "";
        }
        String sheet = location.hasNonNull("sheet") ? "“" + location.path("sheet").asText() + "”" : "";
        String cell = location.path("column").asText("") + (location.hasNonNull("row") ? location.path("row").asText() : "");
        String place = (sheet + " " + cell).strip();
        if (!location.hasNonNull("indicator")) {
            return place;
        }
        return place.isEmpty() ? location.path("indicator").asText() : place + " · " + location.path("indicator").asText();
    }

    private static void add(List<Line> lines, JsonNode keys, String state, String word, Map<String, JsonNode> named) {
        for (JsonNode k : keys) {
            JsonNode finding = named.get(k.asText());
            String title = finding == null ? null : finding.path("title").asText(finding.path("ruleCode").asText());
            lines.add(new Line(state, word, k.asText(), title, finding == null ? "" : where(finding.path("location"))));
        }
    }
}
