package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * 计量单位 that is not a unit: a cell holding a figure or a phrase (the target slipped into the unit
 * column: "至少3个", "≥90%"), or next to a number a symbol, digit or word such as {@code &}, {@code 0},
 * 无 ({@code notUnits}). Units spelt with a digit (m3, km²: {@code digitUnits}) are units.
 */
public final class BadUnitCheck extends RowCheck {

    @Override
    public String name() {
        return "value.badUnit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("notUnits", "placeholderUnits", "maxUnitLength", "digitUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected boolean includeEmptyRows() {
        return true;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String unit = row.unitText();
        if (unit.isEmpty()) {
            return null;
        }
        boolean misplaced = (unit.chars().anyMatch(Character::isDigit) && !p.listed("digitUnits", unit)) || Texts.length(unit) > p.integer("maxUnitLength");
        boolean nonsense = row.number() != null && !p.listed("placeholderUnits", unit)
                && (Texts.symbolOnly(unit) || p.listed("notUnits", unit));
        return misplaced || nonsense ? Violation.on(row, row.indicator().unit(), unit)
                .with("unit", unit).with("shown", row.opText() + row.valueText() + " " + unit) : null;
    }
}
