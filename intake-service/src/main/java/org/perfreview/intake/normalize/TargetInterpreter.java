package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The machine reading of an operator + value + unit, as strings already folded: which {@link TargetFlag},
 * operator, number(s), unit, percentage and date. Tried in order: classified, missing, placeholder, deadline
 * (first when the unit is blank or date-like), number (prefix/suffix operator, range), a comparison at the end
 * of a phrase (群众满意度≥90%), else qualitative.
 */
final class TargetInterpreter {

    private TargetInterpreter() {
    }

    static Target interpret(String typeOperator, String value, String unit, String canonical) {
        if (Placeholders.isClassified(value) || Placeholders.isClassified(unit)) {
            return flagged(TargetFlag.CLASSIFIED, typeOperator, unit, canonical);
        }
        if (value.isEmpty()) {
            return flagged(TargetFlag.MISSING, typeOperator, unit, canonical);
        }
        if (Placeholders.isPlaceholder(value)) {
            return flagged(TargetFlag.PLACEHOLDER, typeOperator, unit, canonical);
        }
        boolean dateUnit = unit.isEmpty() || isDateUnit(unit);
        Optional<Target> date = deadline(typeOperator, value, unit, canonical);
        if (dateUnit && date.isPresent()) {
            return date.get();
        }
        Optional<NumericValueParser.NumericValue> numeric = NumericValueParser.parse(value);
        if (numeric.isPresent()) {
            return dateUnit && !unit.isEmpty() && isYear(numeric.get())
                    ? new Target(TargetFlag.DATE, comparison(typeOperator), null, null, unit, false,
                    LocalDate.of(numeric.get().number().intValue(), 12, 31), canonical)
                    : numeric(typeOperator, numeric.get(), unit, canonical);
        }
        if (date.isPresent()) {
            return date.get();
        }
        Optional<NumericValueParser.NumericValue> trailing = NumericValueParser.parseTrailing(value);
        if (trailing.isPresent()) {
            return numeric(typeOperator, trailing.get(), unit, canonical);
        }
        String onlyOperator = OperatorWords.ofTypeCell(value);
        if (onlyOperator != null && !OperatorWords.QUALITATIVE.equals(onlyOperator)) {
            return flagged(TargetFlag.MISSING, onlyOperator, unit, canonical);
        }
        return flagged(TargetFlag.QUALITATIVE, OperatorWords.QUALITATIVE, unit, canonical);
    }

    private static Target numeric(String typeOperator, NumericValueParser.NumericValue n, String unit, String canonical) {
        String operator = n.operator() != null ? n.operator() : comparison(typeOperator);
        String chosen = n.unit() != null ? n.unit() : unit;
        boolean percent = isPercent(chosen) || n.unit() == null && isPercent(unit);
        return new Target(TargetFlag.NUMERIC, operator, n.number(), n.upper(), percent ? "%" : emptyToNull(chosen),
                percent, null, canonical, emptyToNull(n.unit()));
    }

    private static Optional<Target> deadline(String typeOperator, String value, String unit, String canonical) {
        return DeadlineParser.parse(value).map(d -> new Target(TargetFlag.DATE,
                d.before() ? "≤" : comparison(typeOperator), null, null, emptyToNull(unit), false, d.date(), canonical));
    }

    /** The type cell's operator when it is a comparison (定性 is not). */
    private static String comparison(String typeOperator) {
        return OperatorWords.QUALITATIVE.equals(typeOperator) ? null : typeOperator;
    }

    private static boolean isYear(NumericValueParser.NumericValue n) {
        BigDecimal v = n.number();
        return n.unit() == null && n.upper() == null && v.scale() <= 0
                && v.compareTo(BigDecimal.valueOf(1990)) >= 0 && v.compareTo(BigDecimal.valueOf(2099)) <= 0;
    }

    static boolean isPercent(String unit) {
        return unit != null && (unit.equals("%") || unit.equals("％") || unit.equals("百分比") || unit.equals("百分率"));
    }

    static boolean isDateUnit(String unit) {
        String u = TextFolder.squeeze(unit);
        return u.contains("年") || u.contains("月") || u.contains("日") || u.contains("时间") || u.contains("期限")
                || Placeholders.isPlaceholder(u);
    }

    private static Target flagged(TargetFlag flag, String operator, String unit, String canonical) {
        return new Target(flag, operator, null, null, emptyToNull(unit), false, null, canonical);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
