package org.perfreview.scoring.rules.basic;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

/** 单位名称 missing from the table itself (the submission's name does not count: the table must say it). */
public final class UnitNameCheck implements Check {

    @Override
    public String name() {
        return "basic.unitName";
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        String name = Texts.compact(ctx.table().unitNameValue());
        return Texts.symbolOnly(name) ? RuleResult.failed(Violation.at(ctx.table().unitName(), "（未填）"))
                : RuleResult.passed();
    }
}
