package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.SumOfParts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 三公经费 ≠ 公务用车购置和维护 + 出国 + 公务接待 in any of the three columns (40.53 + 129.83 + 2.19 = 172.55).
 * Line keys come from {@code totalKey} and {@code partKeys}.
 */
public final class ThreePublicSumCheck implements Check {

    @Override
    public String name() {
        return "selfeval.threePublicSum";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("totalKey", "partKeys", "tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BaseData b = ctx.table().baseData();
        Optional<BaseData.Line> total = b == null ? Optional.empty() : BaseDataLines.line(b, spec.params().string("totalKey"));
        if (total.isEmpty()) {
            return RuleResult.notApplicable("未填三公经费");
        }
        List<Violation> out = new ArrayList<>();
        for (BaseDataLines.Column c : BaseDataLines.COLUMNS) {
            BigDecimal stated = BaseDataLines.value(total.get(), c);
            if (stated == null) {
                continue;
            }
            SumOfParts check = SumOfParts.of(stated, spec.params().strings("partKeys").stream()
                    .map(key -> BaseDataLines.line(b, key).map(l -> BaseDataLines.value(l, c)).orElse(null)).toList());
            if (!check.agrees(spec.params().decimal("tolerance"))) {
                Amount cell = c.cell().apply(total.get());
                String sum = Money.show(check.sum());
                out.add(Violation.at(cell.at(), c.label() + "三公经费" + Money.show(stated) + "，分项合计" + sum)
                        .with("column", c.label()).with("stated", Money.show(stated)).with("sum", sum));
            }
        }
        return RuleResult.of(out);
    }
}
