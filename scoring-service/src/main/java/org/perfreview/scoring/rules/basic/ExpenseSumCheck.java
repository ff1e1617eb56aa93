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

/** 资金总额 ≠ 基本支出 + 项目支出, including the case where the expenditure split is not filled at all. */
public final class ExpenseSumCheck implements Check {

    @Override
    public String name() {
        return "basic.expenseSum";
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
        BigDecimal basic = Money.of(f.basic());
        BigDecimal project = Money.of(f.project());
        SumOfParts check = SumOfParts.of(total, basic, project);
        if (check.agrees(spec.params().decimal("tolerance"))) {
            return RuleResult.passed();
        }
        BigDecimal sum = check.sum();
        String evidence = basic == null && project == null ? "基本支出、项目支出均未填"
                : "基本支出" + Money.show(basic) + " + 项目支出" + Money.show(project) + " = " + Money.show(sum);
        return RuleResult.failed(Violation.at(f.total().at(), evidence)
                .with("total", Money.show(total)).with("sum", Money.show(sum))
                .with("diff", Money.show(check.difference())));
    }
}
