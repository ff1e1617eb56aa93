package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** A cost indicator's amount above the money the table asks for (≤ 279.03 万 against 254.78 万). */
public final class CostAboveBudgetCheck extends RowCheck {

    @Override
    public String name() {
        return "value.costAboveBudget";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        BigDecimal total = ctx.table().totalAmount();
        if (total == null || row.category().group() != IndicatorCategory.Group.COST) {
            return null;
        }
        BigDecimal amount = Amounts.inWan(row);
        if (amount == null || amount.subtract(total).compareTo(p.decimal("tolerance")) <= 0) {
            return null;
        }
        return Violation.on(row, row.indicator().value(), row.opText() + row.valueText() + row.unitText())
                .with("amount", Money.show(amount)).with("total", Money.show(total));
    }
}
