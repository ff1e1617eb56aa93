package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** 总分 ≠ budget-execution 得分 + the indicators' 得分 (9.10 + 90 = 99.10 in the seed). */
public final class TotalScoreCheck implements Check {

    @Override
    public String name() {
        return "selfeval.totalScore";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        SelfEvaluation se = ctx.table().selfEvaluation();
        BigDecimal total = se == null ? null : Amount.valueOf(se.totalScore());
        if (total == null) {
            return RuleResult.notApplicable("总分未填");
        }
        List<Indicator> rows = ctx.table().indicators() == null ? List.of() : ctx.table().indicators();
        BigDecimal sum = Money.orZero(Amount.valueOf(se.executionScore()));
        for (Indicator i : rows) {
            if (i.selfEval() != null) {
                sum = sum.add(Money.orZero(Amount.valueOf(i.selfEval().score())));
            }
        }
        if (total.subtract(sum).abs().compareTo(spec.params().decimal("tolerance")) <= 0) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(se.totalAt(), "总分" + Money.show(total) + "，各项得分合计" + Money.show(sum))
                .with("total", Money.show(total)).with("sum", Money.show(sum)));
    }
}
