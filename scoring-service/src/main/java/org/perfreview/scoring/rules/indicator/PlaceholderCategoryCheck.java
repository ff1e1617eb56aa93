package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A required category is present but every row of it is a placeholder (无 / 不适用 / blank name and value). */
public final class PlaceholderCategoryCheck implements Check {

    @Override
    public String name() {
        return "indicator.placeholderCategory";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("required", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<Violation> out = new ArrayList<>();
        for (CategoryRequirements req : CategoryRequirements.from(p)) {
            List<IndicatorView> rows = ctx.indicators().stream().filter(req.covers()).toList();
            if (!rows.isEmpty() && rows.stream().allMatch(r -> placeholderRow(r, p))) {
                IndicatorView first = rows.get(0);
                out.add(Violation.on(first, first.indicator().name(), first.name().isEmpty() ? "（空）" : first.name())
                        .with("category", req.label()));
            }
        }
        return RuleResult.of(out);
    }

    @Override
    public List<String> paramProblems(RuleParams p) {
        return CategoryRequirements.problems(p);
    }

    static boolean placeholderRow(IndicatorView r, RuleParams p) {
        return r.emptyOrPlaceholder(p) && IndicatorView.isPlaceholder(r.valueText(), p);
    }
}
