package org.perfreview.scoring.rules.funds;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;
import java.util.regex.Matcher;

/**
 * A project that tops up daily running costs ({@code runningCostPattern}: 工作经费, 办公经费, 运转经费,
 * 办案经费): the audit office's 204 万 办案经费 of the review report.
 */
public final class RunningCostTopUpCheck implements Check {

    @Override
    public String name() {
        return "funds.runningCostTopUp";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("runningCostPattern");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        String name = ProjectSumCheck.projectName(ctx.table());
        if (name.isBlank()) {
            return RuleResult.notApplicable("项目名称未填");
        }
        Matcher m = spec.params().pattern("runningCostPattern").matcher(Texts.compact(name));
        return m.find() ? RuleResult.failed(Violation.at(ctx.table().project().name(), name).with("word", m.group()))
                : RuleResult.passed();
    }
}
