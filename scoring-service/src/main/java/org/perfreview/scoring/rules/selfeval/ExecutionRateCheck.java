package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** 执行率 ≠ 全年执行数 / 全年预算数 (7297.27 / 8017.61 = 91.02 %), beyond {@code tolerance} percentage points. */
public final class ExecutionRateCheck implements Check {

    @Override
    public String name() {
        return "selfeval.executionRate";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        SelfEvaluation se = ctx.table().selfEvaluation();
        BigDecimal full = se == null ? null : Amount.valueOf(se.budgetFullYear());
        BigDecimal executed = se == null ? null : Amount.valueOf(se.executed());
        BigDecimal stated = se == null ? null : Percent.parse(Text.valueOf(se.executionRate()));
        if (full == null || full.signum() == 0 || executed == null || stated == null) {
            return RuleResult.notApplicable("预算数、执行数或执行率未填");
        }
        BigDecimal computed = Percent.of(executed, full);
        if (stated.subtract(computed).abs().compareTo(spec.params().decimal("tolerance")) <= 0) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(se.executionRate(), Text.valueOf(se.executionRate()))
                .with("stated", Percent.show(stated)).with("computed", Percent.show(computed))
                .with("executed", Money.show(executed)).with("full", Money.show(full)));
    }
}
