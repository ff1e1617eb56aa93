package org.perfreview.scoring.rules.funds;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** A project with money but no measurable quantity output (no 数量指标 with a figure). */
public final class MoneyWithoutOutputCheck implements Check {

    @Override
    public String name() {
        return "funds.moneyWithoutOutput";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of(IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BigDecimal total = ctx.table().totalAmount();
        if (total == null || total.signum() <= 0) {
            return RuleResult.notApplicable("项目无资金");
        }
        RuleParams p = spec.params();
        boolean counted = ctx.indicators().stream().anyMatch(r -> r.category() == IndicatorCategory.QUANTITY
                && !r.emptyOrPlaceholder(p) && r.valueText().chars().anyMatch(Character::isDigit));
        if (counted) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(ctx.table().project() == null ? null : ctx.table().project().name(),
                "项目" + ProjectSumCheck.projectName(ctx.table()) + "（" + total.toPlainString() + "万元）无量化数量指标"));
    }
}
