package org.perfreview.scoring.rules.basic;

import org.perfreview.contracts.table.Funds;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.SumOfParts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** 资金总额 ≠ 一般公共预算 + 政府性基金 + 财政专户 + 其他资金 (beyond {@code tolerance} 万元). */
public final class IncomeSumCheck implements Check {

    @Override
    public String name() {
        return "basic.incomeSum";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        Funds f = ctx.table().funds();
        BigDecimal total = f == null ? null : Money.of(f.total());
        if (total == null) {
            return RuleResult.notApplicable("资金总额未填");
        }
        SumOfParts check = SumOfParts.of(total, Money.of(f.generalBudget()), Money.of(f.govFund()),
                Money.of(f.specialAccount()), Money.of(f.other()));
        if (check.agrees(spec.params().decimal("tolerance"))) {
            return RuleResult.passed();
        }
        BigDecimal sum = check.sum();
        return RuleResult.failed(Violation.at(f.total().at(), "资金总额" + Money.show(total) + "，收入来源合计" + Money.show(sum))
                .with("total", Money.show(total)).with("sum", Money.show(sum))
                .with("diff", Money.show(check.difference())));
    }
}
