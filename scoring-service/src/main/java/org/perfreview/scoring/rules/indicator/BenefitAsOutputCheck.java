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
 * A benefit indicator that reads as an output: it starts with an action ({@code outputVerbPattern}: 完成,
 * 开展, 召开 …) or counts things done (a number in one of {@code countUnits}: 次, 场, 人次 …, or that unit alone
 * where the figure should be).
 */
public final class BenefitAsOutputCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.benefitAsOutput";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("outputVerbPattern", "countUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category().group() != IndicatorCategory.Group.BENEFIT) {
            return null;
        }
        boolean verb = p.pattern("outputVerbPattern").matcher(Texts.compact(row.name())).find();
        boolean counted = (row.number() != null && p.listed("countUnits", row.effectiveUnit()))
                || p.listed("countUnits", Texts.compact(row.valueText()));
        return verb || counted ? Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 40)
                + (counted ? " " + row.valueText() + row.unitText() : "")) : null;
    }
}
