package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** 控制率 ≠ 实际在职人数 / 编制数 (118 / 127 = 92.91 %). */
public final class ControlRateCheck implements Check {

    @Override
    public String name() {
        return "selfeval.controlRate";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BaseData b = ctx.table().baseData();
        BigDecimal authorized = b == null ? null : Amount.valueOf(b.authorizedStaff());
        BigDecimal actual = b == null ? null : Amount.valueOf(b.actualStaff());
        BigDecimal stated = b == null ? null : Percent.parse(Text.valueOf(b.controlRate()));
        if (authorized == null || authorized.signum() == 0 || actual == null || stated == null) {
            return RuleResult.notApplicable("编制数、在职人数或控制率未填");
        }
        BigDecimal computed = Percent.of(actual, authorized);
        if (stated.subtract(computed).abs().compareTo(spec.params().decimal("tolerance")) <= 0) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(b.controlRate(), Text.valueOf(b.controlRate()))
                .with("stated", Percent.show(stated)).with("computed", Percent.show(computed)));
    }
}
