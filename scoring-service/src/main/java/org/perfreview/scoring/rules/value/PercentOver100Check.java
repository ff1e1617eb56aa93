package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** A rate above {@code max} % (100), unless the indicator is a growth rate ({@code growthPattern}). */
public final class PercentOver100Check extends RowCheck {

    @Override
    public String name() {
        return "value.percentOver100";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("max", "percentUnits", "growthPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() == IndicatorCategory.SATISFACTION || row.number() == null
                || !(row.reading().percent() || p.listed("percentUnits", row.unitText()))
                || p.pattern("growthPattern").matcher(Texts.compact(row.name())).find()) {
            return null;
        }
        return row.number().compareTo(p.decimal("max")) > 0
                ? Violation.on(row, row.indicator().value(), row.opText() + row.valueText() + row.unitText()) : null;
    }
}
