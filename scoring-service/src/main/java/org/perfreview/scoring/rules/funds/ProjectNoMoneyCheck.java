package org.perfreview.scoring.rules.funds;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;

/** A project table with no money (年度资金总额 blank or 0): outputs with no budget behind them. */
public final class ProjectNoMoneyCheck implements Check {

    @Override
    public String name() {
        return "funds.projectNoMoney";
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BigDecimal total = ctx.table().totalAmount();
        if (total != null && total.signum() > 0) {
            return RuleResult.passed();
        }
        var project = ctx.table().project();
        return RuleResult.failed(Violation.at(project == null || project.total() == null ? null : project.total().at(),
                "项目" + ProjectSumCheck.projectName(ctx.table()) + "资金总额" + (total == null ? "未填" : total.toPlainString())));
    }
}
