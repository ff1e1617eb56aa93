package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The budget-execution 得分 ≠ 分值 × 执行率 (10 × 91.02 % = 9.10). The rate is the one filed, or the
 * computed one when none is filed; capped at the weight (执行率 above 100 % earns no more than full marks).
 */
public final class ExecutionScoreCheck implements Check {

    @Override
    public String name() {
        return "selfeval.executionScore";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        SelfEvaluation se = ctx.table().selfEvaluation();
        if (se == null || Amount.valueOf(se.executionWeight()) == null || Amount.valueOf(se.executionScore()) == null) {
            return RuleResult.notApplicable("分值或得分未填");
        }
        BigDecimal rate = Percent.parse(Text.valueOf(se.executionRate()));
        BigDecimal full = Amount.valueOf(se.budgetFullYear());
        BigDecimal executed = Amount.valueOf(se.executed());
        if (rate == null && full != null && full.signum() != 0 && executed != null) {
            rate = Percent.of(executed, full);
        }
        if (rate == null) {
            return RuleResult.notApplicable("执行率无法确定");
        }
        BigDecimal weight = Amount.valueOf(se.executionWeight());
        BigDecimal expected = weight.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).min(weight);
        BigDecimal score = Amount.valueOf(se.executionScore());
        if (score.subtract(expected).abs().compareTo(spec.params().decimal("tolerance")) <= 0) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(se.executionScore().at(), score.toPlainString())
                .with("score", score.toPlainString()).with("expected", expected.toPlainString())
                .with("weight", weight.stripTrailingZeros().toPlainString()).with("rate", Percent.show(rate)));
    }
}
