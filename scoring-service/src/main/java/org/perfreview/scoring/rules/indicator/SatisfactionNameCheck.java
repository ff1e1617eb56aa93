package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A satisfaction indicator whose 三级指标 is missing (a stray "≥" or "=") or does not measure satisfaction
 * ({@code satisfactionPattern}): it should name who is satisfied with what.
 */
public final class SatisfactionNameCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.satisfactionName";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("satisfactionPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected boolean includeEmptyRows() {
        return true;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() != IndicatorCategory.SATISFACTION
                || (row.emptyOrPlaceholder(p) && IndicatorView.isPlaceholder(row.valueText(), p))) {
            return null;
        }
        if (!row.emptyOrPlaceholder(p) && p.pattern("satisfactionPattern").matcher(Texts.compact(row.name())).find()) {
            return null;
        }
        String shown = row.name().isEmpty() ? "（三级指标未填：" + Texts.compact(row.indicator().name() == null ? ""
                : row.indicator().name().value()) + "）" : row.name();
        return Violation.on(row, row.indicator().name(), shown);
    }
}
