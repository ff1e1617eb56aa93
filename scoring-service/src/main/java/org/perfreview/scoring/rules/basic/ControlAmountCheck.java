package org.perfreview.scoring.rules.basic;

import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** 资金总额 differs from the unit's amount on the batch's control list (预算控制数). */
public final class ControlAmountCheck implements Check {

    @Override
    public String name() {
        return "basic.controlAmount";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance", "nameSimilarity");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        if (ctx.batch() == null || ctx.batch().controlList() == null || ctx.batch().controlList().isEmpty()) {
            return RuleResult.deferred("批次尚无预算控制数清单");
        }
        BigDecimal total = ctx.table().totalAmount();
        if (total == null) {
            return RuleResult.notApplicable("资金总额未填");
        }
        Optional<ControlEntry> entry = ctx.referenceLists().controlUnit(ctx.unitCode(), ctx.unitName(),
                spec.params().real("nameSimilarity"));
        if (entry.isEmpty() || entry.get().amount() == null) {
            return RuleResult.deferred("预算控制数清单中未找到本单位，需人工核对");
        }
        BigDecimal control = entry.get().amount();
        if (!Money.differ(total, control, spec.params().decimal("tolerance"))) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(ctx.table().funds() == null ? null : ctx.table().funds().total().at(),
                        "资金总额" + Money.show(total) + "，控制数" + Money.show(control))
                .with("total", Money.show(total)).with("control", Money.show(control))
                .with("listName", entry.get().unitName()).with("diff", Money.show(total.subtract(control))));
    }
}
