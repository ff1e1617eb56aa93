package org.perfreview.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One hand-labelled unit: its seq (the control list's 序号), what its table says ({@code tables/<seq>.json}) and
 * the problems a reviewer found ({@code findings/<seq>.json}).
 */
public record GoldUnit(String seq, JsonNode table, List<Label> labels) {

    /** A labelled problem; {@code indicator} is the 0-based row in the table's indicators, null for the unit. */
    public record Label(String category, Integer indicator, String evidence) {
    }

    public String unitName() {
        return table.path("unitName").asText();
    }

    /** The text of indicator row {@code i} as the gold table gives it, for printing a miss or a false positive. */
    public String rowText(Integer i) {
        if (i == null || i < 0 || i >= table.path("indicators").size()) {
            return "";
        }
        JsonNode r = table.path("indicators").get(i);
        return String.join(" | ", text(r, "level2"), text(r, "name"), text(r, "op"),
                text(r, "value"), text(r, "unit"));
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.asText();
    }
}
