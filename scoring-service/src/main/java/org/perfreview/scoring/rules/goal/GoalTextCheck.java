package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/** A check that judges each filed goal text of the kinds the table must carry; absent goals are GOAL-01's. */
abstract class GoalTextCheck implements Check {

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        List<Violation> out = new ArrayList<>();
        boolean any = false;
        for (GoalKind kind : GoalKinds.required(ctx.table().kind())) {
            for (Goal g : ctx.goals(kind)) {
                any = true;
                String text = Text.valueOf(g.text());
                if (violates(text, ctx, spec.params())) {
                    out.add(Violation.at(g.text(), evidence(text, spec.params())).with("goalKind", GoalKinds.label(kind))
                            .with("length", Texts.length(text)));
                }
            }
        }
        return any ? RuleResult.of(out) : RuleResult.notApplicable("未填报绩效目标");
    }

    /** The part of the goal to quote; the whole goal, clipped, unless a check knows better. */
    protected String evidence(String goal, RuleParams p) {
        return Texts.clip(goal, 80);
    }

    protected abstract boolean violates(String goal, RuleContext ctx, RuleParams p);
}
