package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/** A goal the table kind requires is not filed at all (or only blanks). */
public final class GoalMissingCheck implements Check {

    @Override
    public String name() {
        return "goal.missing";
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        List<Violation> out = new ArrayList<>();
        for (GoalKind kind : GoalKinds.required(ctx.table().kind())) {
            if (ctx.goals(kind).isEmpty()) {
                out.add(Violation.at(ctx.table().heading(), "（未填）").with("goalKind", GoalKinds.label(kind)));
            }
        }
        return RuleResult.of(out);
    }
}
