package org.perfreview.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The uploaded table as a grid: every value of the normalized table that knows its cell ({@code "at":{sheet,row,column}},
 * see contracts {@code table/Text}) put back at that cell, and the cells findings point at marked. Built from intake's
 * {@code GET /api/submissions/{id}/table}, so no second copy of the file is parsed.
 */
public final class TableGrid {
    private static final int MAX_ROWS = 400;
    private static final int MAX_COLUMNS = 40;

    private TableGrid() {
    }

    public static List<Sheet> of(JsonNode table, JsonNode findings) {
        Map<String, Map<Integer, Map<Integer, String>>> cells = new TreeMap<>();
        collect(table, cells);
        Set<String> marked = new HashSet<>();
        if (findings != null) {
            for (JsonNode f : findings) {
                JsonNode loc = (f.has("finding") ? f.get("finding") : f).path("location");
                if (loc.has("row") && loc.has("column")) {
                    marked.add(loc.path("sheet").asText("") + "!" + loc.get("column").asText() + loc.get("row").asInt());
                }
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        cells.forEach((sheet, rows) -> sheets.add(sheet(sheet, rows, marked)));
        return sheets;
    }

    private static Sheet sheet(String name, Map<Integer, Map<Integer, String>> rows, Set<String> marked) {
        int lastColumn = Math.min(MAX_COLUMNS, rows.values().stream().flatMap(r -> r.keySet().stream()).max(Integer::compare).orElse(1));
        int firstRow = rows.keySet().stream().min(Integer::compare).orElse(1);
        int lastRow = Math.min(firstRow + MAX_ROWS, rows.keySet().stream().max(Integer::compare).orElse(1));
        List<String> letters = new ArrayList<>();
        for (int c = 1; c <= lastColumn; c++) {
            letters.add(letters(c));
        }
        List<Row> out = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Map<Integer, String> values = rows.getOrDefault(r, Map.of());
            List<Cell> row = new ArrayList<>();
            for (int c = 1; c <= lastColumn; c++) {
                String ref = letters(c) + r;
                row.add(new Cell(ref, letters(c), values.getOrDefault(c, ""), marked.contains(name + "!" + ref)));
            }
            out.add(new Row(r, row));
        }
        return new Sheet(name, letters, out);
    }

    private static void collect(JsonNode node, Map<String, Map<Integer, Map<Integer, String>>> cells) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode at = node.get("at");
            if (at != null && at.has("row") && at.has("column") && (node.has("raw") || node.has("value"))) {
                String text = node.has("raw") ? node.get("raw").asText() : node.get("value").asText();
                cells.computeIfAbsent(at.path("sheet").asText(""), k -> new TreeMap<>())
                        .computeIfAbsent(at.get("row").asInt(), k -> new TreeMap<>())
                        .putIfAbsent(at.get("column").asInt(), text);
            }
            node.forEach(child -> collect(child, cells));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, cells));
        }
    }

    /** Column number → spreadsheet letters (1 → A, 27 → AA), as contracts {@code Position.ref()} writes them. */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    public record Sheet(String name, List<String> columns, List<Row> rows) {
    }

    public record Row(int number, List<Cell> cells) {
    }

    public record Cell(String ref, String column, String text, boolean marked) {
    }
}
