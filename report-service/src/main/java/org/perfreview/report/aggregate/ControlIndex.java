package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch's control list read as units and departments. Every row except a 系统 (aggregate) row is a
 * unit; a department is a number {@code n} with its rows {@code n} and {@code n-k}. Units are found by
 * code, else by name (whitespace, bracket width and a trailing 本级 ignored: lists and tables disagree).
 */
final class ControlIndex {
    private static final String TOTAL_ROW = "合计";

    /** A unit row and its position in the list (the order reports keep). */
    record Listed(int position, ControlEntry entry) {
        String departmentSeq() {
            return entry.departmentSeq();
        }
    }

    private final List<Listed> units = new ArrayList<>();
    private final Map<String, Listed> byCode = new HashMap<>();
    private final Map<String, Listed> byName = new HashMap<>();
    private final Map<String, String> departmentNames = new LinkedHashMap<>();

    ControlIndex(Batch batch) {
        List<ControlEntry> list = batch == null || batch.controlList() == null ? List.of() : batch.controlList();
        for (ControlEntry e : list) {
            if (TOTAL_ROW.equals(e.seq()) || TOTAL_ROW.equals(e.unitName())) {
                continue;
            }
            if (e.seq() != null && e.isDepartmentRow()) {
                departmentNames.putIfAbsent(e.seq(), e.unitName());
            } else if (e.departmentSeq() != null) {
                departmentNames.putIfAbsent(e.departmentSeq(), e.departmentSeq());
            }
            if (!e.aggregate()) {
                Listed listed = new Listed(units.size(), e);
                units.add(listed);
                if (e.unitCode() != null && !e.unitCode().isBlank()) {
                    byCode.putIfAbsent(e.unitCode().strip(), listed);
                }
                if (e.unitName() != null) {
                    byName.putIfAbsent(normalizeName(e.unitName()), listed);
                }
            }
        }
    }

    Listed find(String unitCode, String unitName) {
        Listed hit = unitCode == null ? null : byCode.get(unitCode.strip());
        if (hit == null && unitName != null && !unitName.isBlank()) {
            hit = byName.get(normalizeName(unitName));
        }
        return hit;
    }

    List<Listed> units() {
        return units;
    }

    /** Department numbers in list order, with the department row's name. */
    Map<String, String> departments() {
        return departmentNames;
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    /** Sum of the unit rows (系统 rows are already sums of their units, so they are left out). */
    BigDecimal controlAmount() {
        if (units.isEmpty()) {
            return null;
        }
        return units.stream().map(l -> l.entry().amount()).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    static String normalizeName(String name) {
        StringBuilder n = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                n.append(c == '（' ? '(' : c == '）' ? ')' : c);
            }
        }
        int end = n.length();
        return end >= 2 && n.charAt(end - 2) == '本' && n.charAt(end - 1) == '级' ? n.substring(0, end - 2) : n.toString();
    }
}
