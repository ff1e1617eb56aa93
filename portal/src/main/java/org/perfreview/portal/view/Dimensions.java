package org.perfreview.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfreview.contracts.score.Dimension;

/** Findings grouped by the eight dimensions of the 审核情况表, in the sheet's order (一次性告知: every finding at once). */
public final class Dimensions {
    private Dimensions() {
    }

    public static String label(String key) {
        try {
            return Dimension.fromKey(key).label();
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }

    /** {@code findings} as score cards carry them, or review findings ({@code {"key","finding"}}) when keyed. */
    public static List<Group> group(JsonNode findings) {
        Map<String, List<JsonNode>> byDimension = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            byDimension.put(d.key(), new ArrayList<>());
        }
        if (findings != null) {
            for (JsonNode f : findings) {
                JsonNode finding = f.has("finding") ? f.get("finding") : f;
                byDimension.computeIfAbsent(finding.path("dimension").asText(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Group> groups = new ArrayList<>();
        byDimension.forEach((key, items) -> {
            if (!items.isEmpty()) {
                groups.add(new Group(key, label(key), items));
            }
        });
        return groups;
    }

    public record Group(String key, String label, List<JsonNode> findings) {
    }
}
