package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Reading;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A quantitative target with no figure: a comparison operator (≥ …), or on a row not typed 定性 a unit of
 * measure ({@code measureUnits}), next to a value that holds no number ("≥ 资金金额", "上访次数 次"). A value that is
 * only a unit word is the value-missing check's. Timeliness rows are left to the timeliness check.
 */
public final class NonNumericValueCheck extends RowCheck {

    @Override
    public String name() {
        return "value.nonNumeric";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("measureUnits", "percentUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = row.valueText();
        if (row.category() == IndicatorCategory.TIMELINESS || IndicatorView.isPlaceholder(value, p)
                || value.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String folded = Texts.compact(value);
        boolean comparison = Reading.symbol(row.opText()) != null;
        boolean measured = !row.qualitativeType() && p.listed("measureUnits", row.unitText());
        if (!(comparison || measured) || p.listed("measureUnits", folded) || p.listed("percentUnits", folded)) {
            return null;
        }
        return Violation.on(row, row.indicator().value(), row.opText() + value
                + (row.unitText().isEmpty() ? "" : " " + row.unitText()));
    }
}
