package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;
import org.perfreview.contracts.table.Text;

import java.util.Optional;

/**
 * Reads an indicator's 指标值类型 + 指标值 + 计量单位 cells into a {@link TargetReading}. The operator may sit
 * in its own cell or be folded into the value ({@code ≥95%}, {@code 大于等于95%}, {@code 小于等于18.9万元}); a
 * prefix operator and a trailing unit are then moved to their own fields (raw texts stay as filed). When the
 * unit filed its cells one column to the right (value {@code ≥} or {@code 定量}, the number in the unit cell),
 * the reading uses the shifted cells and the split keeps the cells as filed. Units are kept as filed
 * ({@code &}, {@code 0}); the canonical form is the fixtures README's ({@link CanonicalTarget}).
 */
public final class TargetParser {

    private TargetParser() {
    }

    public static TargetReading read(RawCell typeCell, RawCell valueCell, RawCell unitCell) {
        String type = nullToEmpty(typeCell.folded());
        String value = nullToEmpty(valueCell.folded());
        String unit = nullToEmpty(unitCell.folded());
        String canonical = CanonicalTarget.of(typeCell.raw(), valueCell.raw(), unitCell.raw());
        String typeOperator = OperatorWords.ofTypeCell(type);
        Text operatorText = typeCell.raw() == null ? null
                : new Text(typeOperator != null ? typeOperator : type, typeCell.raw(), typeCell.at());
        Text valueText = valueCell.raw() == null ? null : valueCell.text();
        Text unitText = unitCell.raw() == null ? null : unitCell.text();

        if (Placeholders.isClassified(type)) {
            return new TargetReading(operatorText, valueText, unitText, new Target(TargetFlag.CLASSIFIED, null, null,
                    null, null, false, null, canonical));
        }
        if (isShifted(value, unit)) {
            String shiftedOperator = OperatorWords.ofTypeCell(value);
            String operator = "定量".equals(TextFolder.squeeze(value)) ? typeOperator : shiftedOperator;
            return new TargetReading(operatorText, valueText, unitText,
                    TargetInterpreter.interpret(operator, unit, "", canonical));
        }
        Target target = TargetInterpreter.interpret(typeOperator, value, unit, canonical);
        Optional<NumericValueParser.NumericValue> numeric = target.flag() == TargetFlag.NUMERIC
                ? NumericValueParser.parse(value) : Optional.empty();
        if (numeric.isEmpty()) {
            return new TargetReading(operatorText, valueText, unitText, target);
        }
        return split(operatorText, valueCell, unitCell, numeric.get(), target);
    }

    /** Moves a prefix operator and (into a blank unit cell) a trailing unit out of the value text. */
    private static TargetReading split(Text operatorText, RawCell valueCell, RawCell unitCell,
                                       NumericValueParser.NumericValue n, Target target) {
        boolean moveUnit = TextFolder.isBlank(unitCell.raw()) && n.unit() != null && !n.framed();
        // Only prefixes the canonical form reads as the same symbol move (》= stays in the value as filed).
        boolean movePrefix = n.prefix() != null && !n.framed() && (operatorText == null || operatorText.isBlank())
                && CanonicalTarget.of(n.prefix(), null, null).equals(OperatorWords.symbol(n.prefix()));
        Text opText = operatorText;
        Text unitText = unitCell.raw() == null && !moveUnit ? null : unitCell.text();
        Text valueText = valueCell.text();
        if (!movePrefix && !moveUnit) {
            return new TargetReading(opText, valueText, unitText, target);
        }
        String rest = TextFolder.squeeze(NarrowForms.of(valueText.value()));
        if (movePrefix) {
            rest = rest.substring(n.prefix().length());
            opText = new Text(OperatorWords.symbol(n.prefix()), operatorText == null ? null : operatorText.raw(),
                    operatorText != null && operatorText.at() != null ? operatorText.at() : valueCell.at());
        }
        if (moveUnit) {
            rest = rest.substring(0, rest.length() - n.unit().length());
            unitText = new Text(n.unit(), unitCell.raw(), unitCell.at() != null ? unitCell.at() : valueCell.at());
        }
        return new TargetReading(opText, new Text(rest, valueCell.raw(), valueCell.at()), unitText, target);
    }

    /** The value cell holds only an operator, 定性 or 定量 while the unit cell holds the value. */
    private static boolean isShifted(String value, String unit) {
        if (value.isEmpty() || unit.isEmpty() || Placeholders.isPlaceholder(unit)) {
            return false;
        }
        return OperatorWords.ofTypeCell(value) != null || "定量".equals(TextFolder.squeeze(value));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
