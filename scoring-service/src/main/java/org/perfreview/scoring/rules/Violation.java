package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One place where a check found a problem: the cell it points at, the indicator's name, the offending
 * text, and variables for the rule's message and fix templates. The engine turns it into a Finding.
 */
public record Violation(Position at, String indicator, String evidence, Map<String, String> vars, BigDecimal points) {

    public Violation {
        vars = vars == null ? Map.of() : Map.copyOf(vars);
    }

    public Violation(Position at, String indicator, String evidence, Map<String, String> vars) {
        this(at, indicator, evidence, vars, null);
    }

    /** A copy that costs {@code points} instead of the rule's points per finding (e.g. per day late). */
    public Violation costing(BigDecimal points) {
        return new Violation(at, indicator, evidence, vars, points);
    }

    public static Violation at(Text cell, String evidence) {
        return new Violation(cell == null ? null : cell.at(), null, evidence, Map.of());
    }

    public static Violation at(Position at, String evidence) {
        return new Violation(at, null, evidence, Map.of());
    }

    public static Violation on(IndicatorView row, Text cell, String evidence) {
        Position at = cell != null && cell.at() != null ? cell.at() : row.position();
        Map<String, String> vars = new HashMap<>();
        vars.put("indicator", row.name());
        vars.put("category", row.level2());
        vars.put("value", row.valueText());
        vars.put("unitText", row.unitText());
        return new Violation(at, row.name().isEmpty() ? null : row.name(), evidence, vars);
    }

    /** A copy with one more template variable. */
    public Violation with(String name, Object value) {
        Map<String, String> more = new HashMap<>(vars);
        more.put(name, value == null ? "" : value.toString());
        return new Violation(at, indicator, evidence, more, points);
    }
}
