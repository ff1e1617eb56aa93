package org.perfreview.scoring.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.table.NormalizedTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST-ONLY: the overall-target fixtures' expected JSON (what the parser produces) as normalized tables,
 * so scoring can be tested without the parser. Resources under {@code fixtures/overall-targets/}.
 */
public final class FixtureTables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every fixture seq, in funds-list order (1.1, 1.2, …, 2, 3, 4.1, …). */
    public static final List<String> SEQS = List.of("1.1", "1.2", "1.4", "1.5", "1.6", "1.7", "1.9", "1.10", "1.11",
            "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "2", "3", "4.1", "4.2", "4.4", "4.5", "4.6", "4.7",
            "5", "6", "7", "8", "8.1", "9", "10", "11", "12", "13", "13.1", "13.2", "14", "14.1", "14.2", "14.3",
            "14.4", "14.5", "14.6", "15", "16", "16.1", "16.2", "16.3", "17", "18", "19", "19.1", "19.2", "19.5",
            "20", "20.1", "21", "22", "24.1", "24.2", "24.3", "25.1", "25.2", "25.3", "25.4", "25.5", "25.6", "25.7",
            "26", "26.1", "26.2", "26.3", "26.4", "26.5", "27", "28", "28.1", "28.2", "30");

    private FixtureTables() {
    }

    public static JsonNode json(String seq) {
        try (InputStream in = FixtureTables.class.getResourceAsStream("/fixtures/overall-targets/" + seq + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + seq);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NormalizedTable table(String seq) {
        JsonNode j = json(seq);
        JsonNode f = j.get("funds");
        TableBuilder b = TableBuilder.overall(text(j, "unitCode"), text(j, "unitName")).sheetName(seq)
                .code(text(j, "unitCode")).name(text(j, "unitName"))
                .funds(num(f, "total"), num(f, "generalBudget"), num(f, "govFund"), num(f, "specialAccount"),
                        num(f, "other"), num(f, "basic"), num(f, "project"));
        if (!text(j, "goal").isBlank()) {
            b.goal(text(j, "goal"));
        }
        for (JsonNode i : j.get("indicators")) {
            b.row(text(i, "level1"), text(i, "level2"), text(i, "name"), text(i, "operator"), text(i, "value"),
                    text(i, "unit"), text(i, "explanation"), text(i, "scoringRule"), text(i, "remark"));
        }
        return b.build();
    }

    public static List<NormalizedTable> all() {
        List<NormalizedTable> out = new ArrayList<>();
        SEQS.forEach(s -> out.add(table(s)));
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static Double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
