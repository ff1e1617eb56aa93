package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.GoalFingerprint;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;

/** A project's 年度目标 repeats its 中长期目标 (similarity ≥ {@code minSimilarity}): the year has no target of its own. */
public final class LongTermEqualsAnnualCheck implements Check {

    @Override
    public String name() {
        return "goal.longTermEqualsAnnual";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minSimilarity");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        List<Goal> longTerm = ctx.goals(GoalKind.LONG_TERM);
        List<Goal> annual = ctx.goals(GoalKind.ANNUAL);
        if (longTerm.isEmpty() || annual.isEmpty()) {
            return RuleResult.notApplicable("中长期目标或年度目标未填");
        }
        String a = Text.valueOf(annual.get(0).text());
        double sim = GoalFingerprint.of(Text.valueOf(longTerm.get(0).text())).jaccard(GoalFingerprint.of(a));
        if (sim < spec.params().real("minSimilarity")) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(annual.get(0).text(), Texts.clip(a, 60))
                .with("similarity", Math.round(sim * 100) + "%"));
    }
}
