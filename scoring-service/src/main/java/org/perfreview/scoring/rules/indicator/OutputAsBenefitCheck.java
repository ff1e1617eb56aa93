package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** An output indicator (数量/质量/时效) that names an effect ({@code benefitPattern}: 满意度, 获得感, 社会稳定 …). */
public final class OutputAsBenefitCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.outputAsBenefit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("benefitPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category().group() != IndicatorCategory.Group.OUTPUT) {
            return null;
        }
        return p.pattern("benefitPattern").matcher(Texts.compact(row.name())).find()
                ? Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 60)) : null;
    }
}
