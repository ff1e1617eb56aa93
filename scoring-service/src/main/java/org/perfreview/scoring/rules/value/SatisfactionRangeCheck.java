package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** A satisfaction target below {@code min} % (90) or above {@code max} % (100). */
public final class SatisfactionRangeCheck extends RowCheck {

    @Override
    public String name() {
        return "value.satisfactionRange";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("min", "max", "percentUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected boolean includeEmptyRows() {
        return true;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        BigDecimal n = row.number();
        if (row.category() != IndicatorCategory.SATISFACTION || n == null || !percentLike(row, p)) {
            return null;
        }
        boolean out = n.compareTo(p.decimal("min")) < 0 || n.compareTo(p.decimal("max")) > 0;
        return out ? Violation.on(row, row.indicator().value(), row.opText() + row.valueText() + row.unitText())
                .with("target", n.stripTrailingZeros().toPlainString()) : null;
    }

    /** A percentage, or a bare number that can only be one (no unit, at most 100 … or just above). */
    static boolean percentLike(IndicatorView row, RuleParams p) {
        return row.reading().percent() || p.listed("percentUnits", row.unitText())
                || (row.effectiveUnit().isEmpty() && row.number().compareTo(BigDecimal.valueOf(1000)) < 0
                && row.number().compareTo(BigDecimal.ONE) > 0);
    }
}
