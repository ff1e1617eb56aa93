package org.perfreview.scoring.rules.basic;

import org.perfreview.contracts.table.Funds;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;

/** 资金总额 blank or not positive: the table does not say how much money it asks for. */
public final class FundsTotalCheck implements Check {

    @Override
    public String name() {
        return "basic.fundsTotal";
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        Funds funds = ctx.table().funds();
        BigDecimal total = funds == null ? null : Money.of(funds.total());
        if (total != null && total.signum() > 0) {
            return RuleResult.passed();
        }
        String raw = funds == null || funds.total() == null ? null : funds.total().raw();
        return RuleResult.failed(Violation.at(funds == null || funds.total() == null ? null : funds.total().at(),
                raw == null || raw.isBlank() ? "（未填）" : raw));
    }
}
