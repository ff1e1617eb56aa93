package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.BatchView.GoalMatch;
import org.perfreview.scoring.rules.AffectedTables;
import org.perfreview.scoring.rules.Arrival;
import org.perfreview.scoring.rules.CrossUnitCheck;
import org.perfreview.scoring.rules.GoalFingerprint;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import org.perfreview.contracts.table.NormalizedTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The goal is near-identical to another unit's goal in the batch (3-gram Jaccard ≥ {@code minSimilarity}). */
public final class GoalCopiedCheck implements CrossUnitCheck {

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

    /**
     * A copy must flag both units whatever the filing order: the tables the new goals copy were scored before
     * the copy existed (re-scored unless already flagged: further copies re-score nobody), and the tables
     * flagged as copies of the replaced goals may be copies no longer.
     */
    @Override
    public Set<UUID> affected(Arrival arrival, RuleSpec spec, AffectedTables tables) {
        Set<UUID> copied = similar(arrival.unitCode(), arrival.table(), spec, tables);
        copied.removeAll(tables.withCrossUnitFinding(copied));
        Set<UUID> out = new LinkedHashSet<>(copied);
        if (arrival.replaced() != null) {
            Set<UUID> formerCopies = similar(arrival.unitCode(), arrival.replaced(), spec, tables);
            formerCopies.retainAll(tables.withCrossUnitFinding(formerCopies));
            out.addAll(formerCopies);
        }
        return out;
    }

    private static Set<UUID> similar(String unitCode, NormalizedTable table, RuleSpec spec, AffectedTables tables) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String goal : GoalFingerprint.goalTexts(table)) {
            // The same floor as evaluate: a short goal matching another short goal would re-score a table for nothing.
            if (Texts.length(goal) >= spec.params().integer("minLength")) {
                ids.addAll(tables.tablesWithSimilarGoal(unitCode, goal, spec.params().real("minSimilarity")));
            }
        }
        return ids;
    }
}
