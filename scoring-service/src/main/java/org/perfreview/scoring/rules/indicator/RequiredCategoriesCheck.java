package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A required indicator category (数量, 质量, 时效, 效益, 满意度, 经济成本 ...) has no row at all. */
public final class RequiredCategoriesCheck implements Check {

    @Override
    public String name() {
        return "indicator.requiredCategories";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("required");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        List<Violation> out = new ArrayList<>();
        for (CategoryRequirements req : CategoryRequirements.from(spec.params())) {
            if (ctx.indicators().stream().noneMatch(req.covers())) {
                out.add(Violation.at(ctx.table().heading(), "缺少" + req.label()).with("category", req.label()));
            }
        }
        return RuleResult.of(out);
    }

    @Override
    public List<String> paramProblems(org.perfreview.scoring.rulebook.RuleParams p) {
        return CategoryRequirements.problems(p);
    }
}
