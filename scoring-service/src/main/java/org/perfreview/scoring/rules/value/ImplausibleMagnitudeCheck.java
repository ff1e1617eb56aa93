package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * A money effect out of proportion to the unit's budget: at least {@code hardFactor} times the budget, or
 * {@code factor} times when the unit credits itself with it ({@code attributionPattern}: 拉动, 带动 …).
 * The social-science federation: 课题研究对GDP拉动 ≥ 100 亿 on a 263.76 万 budget.
 */
public final class ImplausibleMagnitudeCheck extends RowCheck {

    @Override
    public String name() {
        return "value.implausibleMagnitude";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("factor", "hardFactor", "attributionPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        BigDecimal total = ctx.table().totalAmount();
        BigDecimal amount = Amounts.inWan(row);
        if (total == null || total.signum() <= 0 || amount == null || row.category().group() == IndicatorCategory.Group.COST) {
            return null;
        }
        BigDecimal ratio = amount.divide(total, 1, RoundingMode.HALF_UP);
        boolean credited = p.pattern("attributionPattern").matcher(Texts.compact(row.name())).find();
        boolean implausible = ratio.compareTo(p.decimal("hardFactor")) >= 0
                || (credited && ratio.compareTo(p.decimal("factor")) >= 0);
        return implausible ? Violation.on(row, row.indicator().value(), row.name() + " " + row.opText()
                + row.valueText() + row.unitText()).with("amount", Money.show(amount)).with("total", Money.show(total))
                .with("ratio", ratio.setScale(0, RoundingMode.HALF_UP).toPlainString()) : null;
    }
}
