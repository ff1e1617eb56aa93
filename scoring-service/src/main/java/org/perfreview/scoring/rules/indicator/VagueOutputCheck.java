package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** A quantity or quality indicator too broad to measure ({@code vaguePattern}: 各项工作, 工作任务 …). */
public final class VagueOutputCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.vagueOutput";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("vaguePattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() != IndicatorCategory.QUANTITY && row.category() != IndicatorCategory.QUALITY) {
            return null;
        }
        return p.pattern("vaguePattern").matcher(Texts.compact(row.name())).find()
                ? Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 40)) : null;
    }
}
