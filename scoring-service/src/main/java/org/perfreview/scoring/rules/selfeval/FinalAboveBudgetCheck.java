package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A line's 本年决算 above its 本年预算 (公用经费 1552.85 against 1078.16 in the seed). Lines whose key is
 * in {@code excludeKeys} (procurement, adjustments) or that the reader did not recognise are skipped.
 */
public final class FinalAboveBudgetCheck implements Check {

    @Override
    public String name() {
        return "selfeval.finalAboveBudget";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("excludeKeys", "tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BaseData b = ctx.table().baseData();
        if (b == null || b.lines() == null) {
            return RuleResult.notApplicable("未填经费控制情况");
        }
        List<String> excluded = spec.params().strings("excludeKeys");
        return RuleResult.of(b.lines().stream()
                .filter(l -> l.key() != null && !excluded.contains(l.key()))
                .filter(l -> Amount.valueOf(l.budget()) != null && Amount.valueOf(l.finalAccount()) != null)
                .filter(l -> Amount.valueOf(l.finalAccount()).subtract(Amount.valueOf(l.budget()))
                        .compareTo(spec.params().decimal("tolerance")) > 0)
                .map(l -> {
                    BigDecimal budget = Amount.valueOf(l.budget());
                    BigDecimal fin = Amount.valueOf(l.finalAccount());
                    String label = Text.valueOf(l.label()).strip();
                    return Violation.at(l.finalAccount().at(), label + "：预算" + Money.show(budget) + "，决算" + Money.show(fin))
                            .with("line", label).with("budget", Money.show(budget)).with("final", Money.show(fin))
                            .with("over", Money.show(fin.subtract(budget)));
                }).toList());
    }
}
