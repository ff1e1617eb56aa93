package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.BatchView.GoalMatch;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The goal is near-identical to another unit's goal in the batch (3-gram Jaccard ≥ {@code minSimilarity}). */
public final class GoalCopiedCheck implements Check {

    /** The check name rulebooks refer to; the service finds the copied-goal rules by it. */
    public static final String NAME = "goal.copied";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minSimilarity", "minLength");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        if (ctx.batchView() == null) {
            return RuleResult.deferred("没有批次数据，无法比对其他单位的目标");
        }
        List<Violation> out = new ArrayList<>();
        for (GoalKind kind : GoalKinds.required(ctx.table().kind())) {
            for (Goal g : ctx.goals(kind)) {
                String text = Text.valueOf(g.text());
                if (Texts.length(text) < spec.params().integer("minLength")) {
                    continue;
                }
                List<GoalMatch> matches = ctx.batchView().similarGoals(ctx.unitCode(), text,
                        spec.params().real("minSimilarity"));
                if (!matches.isEmpty()) {
                    GoalMatch best = matches.get(0);
                    out.add(Violation.at(g.text(), Texts.clip(text, 60))
                            .with("goalKind", GoalKinds.label(kind)).with("otherUnit", best.unitName())
                            .with("similarity", Math.round(best.similarity() * 100) + "%"));
                }
            }
        }
        return RuleResult.of(out);
    }
}
