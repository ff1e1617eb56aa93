package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Reading;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A quantitative target with no figure: a comparison operator (≥ …) or a unit of measure
 * ({@code measureUnits}: 次, 万元, % …) next to a value that holds no number ("资金金额", "上访次数").
 * Timeliness rows are left to the timeliness check.
 */
public final class NonNumericValueCheck extends RowCheck {

    @Override
    public String name() {
        return "value.nonNumeric";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("measureUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = row.valueText();
        if (row.category() == IndicatorCategory.TIMELINESS || IndicatorView.isPlaceholder(value, p)
                || value.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        boolean comparison = Reading.symbol(row.opText()) != null;
        boolean measured = p.listed("measureUnits", row.unitText());
        return comparison || measured ? Violation.on(row, row.indicator().value(),
                (comparison ? row.opText() : "") + value + (measured ? " " + row.unitText() : "")) : null;
    }
}
