package org.perfreview.scoring.rules.value;

import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cost indicator's amount above the money the table asks for (≤ 279.03 万 against 254.78 万); or, when no one row
 * exceeds it, the itemised cost rows together (人员经费 + 公用经费 + 项目经费) above it: one finding for the table.
 */
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
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleResult rows = super.evaluate(ctx, spec);
        BigDecimal total = ctx.table().totalAmount();
        if (rows.status() != RuleStatus.PASSED || total == null) {
            return rows;
        }
        List<IndicatorView> items = ctx.indicators().stream()
                .filter(r -> r.category() == IndicatorCategory.ECONOMIC_COST && Amounts.inWan(r) != null).toList();
        BigDecimal sum = items.stream().map(Amounts::inWan).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (items.size() < 2 || sum.subtract(total).compareTo(spec.params().decimal("tolerance")) <= 0) {
            return rows;
        }
        String parts = items.stream().map(r -> Texts.clip(r.name(), 12) + Money.show(Amounts.inWan(r)))
                .collect(Collectors.joining(" + "));
        return RuleResult.failed(Violation.on(items.get(0), items.get(0).indicator().value(), parts)
                .with("amount", Money.show(sum)).with("total", Money.show(total)));
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
