package org.perfreview.report.aggregate;

import org.perfreview.report.aggregate.ControlIndex.Listed;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each filed unit belongs: its control-list row (if any) and its department. A listed unit
 * belongs to its row's department; an unlisted one to the department that owns its code's first three
 * digits (learnt from listed units), else to {@link #UNLISTED}.
 */
final class UnitPlacement {
    static final String UNLISTED = "未列入控制数";

    record Place(Listed listed, String department) {
        int position() {
            return listed == null ? Integer.MAX_VALUE : listed.position();
        }
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> departmentByPrefix = new HashMap<>();
    private final Map<String, String> departmentCodes = new LinkedHashMap<>();

    /** @param unitNames every filed unit's code and name */
    UnitPlacement(ControlIndex index, Map<String, String> unitNames) {
        Map<String, Listed> matched = new HashMap<>();
        unitNames.forEach((code, name) -> {
            Listed listed = index.find(code, name);
            if (listed != null) {
                matched.put(code, listed);
            }
        });
        for (Listed listed : index.units()) {
            learnPrefix(listed.entry().unitCode(), listed.departmentSeq());
        }
        matched.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Listed> e) -> e.getValue().position())
                        .thenComparing(Map.Entry::getKey, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(e -> learnPrefix(e.getKey(), e.getValue().departmentSeq()));
        unitNames.keySet().forEach(code -> places.put(code, place(code, matched.get(code))));
    }

    Place of(String unitCode) {
        return places.get(unitCode);
    }

    /** Department number → code (first three digits of its first listed unit with a known code). */
    String departmentCode(String departmentSeq) {
        return departmentCodes.get(departmentSeq);
    }

    private Place place(String code, Listed listed) {
        if (listed != null && listed.departmentSeq() != null) {
            return new Place(listed, listed.departmentSeq());
        }
        String department = departmentByPrefix.get(prefix(code));
        return new Place(listed, department == null ? UNLISTED : department);
    }

    private void learnPrefix(String unitCode, String departmentSeq) {
        String prefix = prefix(unitCode);
        if (prefix != null && departmentSeq != null) {
            departmentByPrefix.putIfAbsent(prefix, departmentSeq);
            departmentCodes.putIfAbsent(departmentSeq, prefix);
        }
    }

    static String prefix(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        String code = unitCode.strip();
        return code.length() >= 3 ? code.substring(0, 3) : null;
    }
}
