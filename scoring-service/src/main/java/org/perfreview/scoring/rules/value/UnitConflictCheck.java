package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.util.Map;
import java.util.Set;

/**
 * The value carries its own unit and the 计量单位 cell another one ("95%" with unit 次, "2995.66万元" with 元).
 * Timeliness rows are skipped: "2024年度内" next to 年 is a date, not a unit clash.
 */
public final class UnitConflictCheck extends RowCheck {

    /** Spellings of the same unit. */
    private static final Map<String, String> SAME = Map.of("百分比", "%", "％", "%", "万", "万元", "亿", "亿元");

    @Override
    public String name() {
        return "value.unitConflict";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of(IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String inValue = row.reading().valueUnit();
        String cell = row.unitText();
        if (row.number() == null || row.category() == IndicatorCategory.TIMELINESS || inValue.isEmpty() || cell.isEmpty() || IndicatorView.isPlaceholder(cell, p)
                || cell.chars().anyMatch(Character::isDigit)) {
            // a unit cell of junk ("0", "&") is BadUnitCheck's finding, not a second one here
            return null;
        }
        return canonical(inValue).equals(canonical(cell)) ? null
                : Violation.on(row, row.indicator().unit(), row.valueText() + " / " + cell)
                .with("valueUnit", inValue).with("unit", cell);
    }

    private static String canonical(String unit) {
        return SAME.getOrDefault(unit, unit);
    }
}
