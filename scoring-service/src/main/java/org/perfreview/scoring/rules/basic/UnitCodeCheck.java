package org.perfreview.scoring.rules.basic;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** 单位编码 missing or not of the form the rulebook's {@code codePattern} gives (6 digits). */
public final class UnitCodeCheck implements Check {

    @Override
    public String name() {
        return "basic.unitCode";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("codePattern");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        String code = Texts.compact(ctx.table().unitCodeValue());
        if (!code.isEmpty() && spec.params().pattern("codePattern").matcher(code).matches()) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(ctx.table().unitCode(), code.isEmpty() ? "（未填）" : code)
                .with("code", code.isEmpty() ? "未填" : code));
    }
}
