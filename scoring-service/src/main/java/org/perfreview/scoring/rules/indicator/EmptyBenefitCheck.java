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
 * A benefit indicator that names no effect of the unit's own outputs (docs/domain.md, "benefit indicators that do
 * not follow from outputs, or written as bare phrases"): an empty phrase ({@code emptyBenefitPattern}: 促进经济发展,
 * 对社会效益的影响, 产生间接经济效益) or the unit's own running (预算内, 按时发放工资) filed as a benefit.
 */
public final class EmptyBenefitCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.emptyBenefit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("emptyBenefitPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category().group() != IndicatorCategory.Group.BENEFIT) {
            return null;
        }
        boolean empty = p.pattern("emptyBenefitPattern").matcher(Texts.compact(row.name())).find()
                || p.pattern("emptyBenefitPattern").matcher(Texts.compact(row.valueText())).find();
        return empty ? Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 40)
                + (row.valueText().isEmpty() ? "" : " / " + Texts.clip(row.valueText(), 30))) : null;
    }
}
