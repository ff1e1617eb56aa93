package org.perfreview.scoring.support;

import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** TEST-ONLY readers of the reference-list CSVs (quoted fields with thousands separators). */
public final class ReferenceLists {

    private ReferenceLists() {
    }

    /** The 2024 funds list; the 系统 rows are sums of their units (aggregate). */
    public static List<ControlEntry> controlList() {
        List<ControlEntry> out = new ArrayList<>();
        for (List<String> r : rows("/fixtures/reference-lists/funds-list-2024.csv")) {
            if (r.get(0).equals("合计")) {
                continue;
            }
            out.add(new ControlEntry(r.get(0), null, r.get(1), new BigDecimal(r.get(2).replace(",", "")),
                    r.get(1).contains("系统")));
        }
        return out;
    }

    public static List<StaffingEntry> staffing2021() {
        List<StaffingEntry> out = new ArrayList<>();
        for (List<String> r : rows("/fixtures/reference-lists/staffing-2021.csv")) {
            out.add(new StaffingEntry(null, r.get(1), Integer.valueOf(r.get(2)), Integer.valueOf(r.get(3))));
        }
        return out;
    }

    private static List<List<String>> rows(String resource) {
        try (InputStream in = ReferenceLists.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> out = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(split(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }
}
