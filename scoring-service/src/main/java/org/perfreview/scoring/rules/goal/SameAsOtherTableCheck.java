package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.GoalFingerprint;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.Reach;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;

/**
 * The unit's overall goal equals one of its project goals (or, scoring a project table, the project's
 * goal equals the unit's overall goal): one of the two says nothing of its own.
 */
public final class SameAsOtherTableCheck implements Check {

    /** Reads the unit's other tables: re-scored when one of them arrives. */
    @Override
    public Reach reach() {
        return Reach.UNIT;
    }

    @Override
    public String name() {
        return "goal.sameAsOtherTable";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minSimilarity");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        boolean overall = ctx.table().kind() == TableKind.OVERALL_TARGET;
        List<Goal> own = overall ? ctx.goals(GoalKind.OVERALL) : ctx.goals(GoalKind.ANNUAL);
        if (own.isEmpty()) {
            return RuleResult.notApplicable("未填报绩效目标");
        }
        if (overall && ctx.table().funds() != null && Money.orZero(Money.of(ctx.table().funds().project())).signum() == 0) {
            return RuleResult.notApplicable("无项目支出");
        }
        if (ctx.batchView() == null) {
            return RuleResult.deferred("没有批次数据，无法比对本单位其他表");
        }
        List<NormalizedTable> others = ctx.batchView().unitTables(ctx.unitCode(),
                overall ? TableKind.PROJECT_TARGET : TableKind.OVERALL_TARGET);
        if (others.isEmpty()) {
            return RuleResult.deferred(overall ? "本单位项目表尚未报送" : "本单位整体表尚未报送");
        }
        GoalFingerprint mine = GoalFingerprint.of(Text.valueOf(own.get(0).text()));
        double min = spec.params().real("minSimilarity");
        for (NormalizedTable other : others) {
            for (Goal g : other.goals() == null ? List.<Goal>of() : other.goals()) {
                if (g.kind() != GoalKind.ACTUAL && mine.jaccard(GoalFingerprint.of(Text.valueOf(g.text()))) >= min) {
                    String title = other.project() == null ? other.unitNameValue() : Text.valueOf(other.project().name());
                    return RuleResult.failed(Violation.at(own.get(0).text(), Texts.clip(Text.valueOf(own.get(0).text()), 60))
                            .with("otherTable", title));
                }
            }
        }
        return RuleResult.passed();
    }
}
