package org.perfreview.scoring.rules.indicator;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The quantity indicators cover only a slice of what the unit says it will do (docs/domain.md, "only a narrow
 * slice of the unit's duties covered"): a single quantity indicator for a whole unit (one name cell listing several
 * works is several), or at most
 * {@code maxQuantities} that state a figure while the unit's own goal lists at least {@code minGoalTasks} tasks
 * (items counted by the lexicon's {@code listMarkerPattern}: 1、 2、 ①). Classified (涉密) quantities cannot be judged;
 * quantities that are all housekeeping ({@code housekeepingPattern}, the narrow-quantity rule's words) are that rule's.
 */
public final class FewQuantitiesCheck implements Check {

    private static final String CLASSIFIED = "classifiedPattern";

    @Override
    public String name() {
        return "indicator.fewQuantities";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("maxQuantities", "minGoalTasks", "housekeepingPattern", "listMarkerPattern", CLASSIFIED, PlaceholderCategoryCheck.TYPE_WORDS,
                IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> quantity = ctx.indicators().stream().filter(r -> r.category() == IndicatorCategory.QUANTITY
                && !r.emptyOrPlaceholder(p) && !p.listed(PlaceholderCategoryCheck.TYPE_WORDS, Texts.compact(r.name()))).toList();
        if (quantity.isEmpty()) {
            return RuleResult.notApplicable("没有数量指标");
        }
        if (quantity.stream().anyMatch(r -> p.pattern(CLASSIFIED).matcher(Texts.compact(r.name() + "|" + r.valueText())).find())) {
            return RuleResult.notApplicable("数量指标涉密，无法判断覆盖面");
        }
        if (quantity.stream().allMatch(r -> p.pattern("housekeepingPattern").matcher(Texts.compact(r.name())).find())) {
            return RuleResult.passed();
        }
        List<IndicatorView> figures = quantity.stream()
                .filter(r -> (r.name() + r.valueText()).chars().anyMatch(Character::isDigit)).toList();
        int tasks = goalTasks(ctx, p);
        boolean few = (quantity.size() == 1 && items(quantity.get(0).name(), p) < 2)
                || (figures.size() <= p.integer("maxQuantities") && tasks >= p.integer("minGoalTasks"));
        if (!few) {
            return RuleResult.passed();
        }
        List<IndicatorView> shown = figures.isEmpty() ? quantity : figures;
        String names = shown.stream().map(r -> Texts.clip(r.name(), 30)).collect(Collectors.joining("；"));
        return RuleResult.failed(Violation.on(shown.get(0), shown.get(0).indicator().name(), names)
                .with("count", shown.size()).with("tasks", tasks));
    }

    private static int goalTasks(RuleContext ctx, RuleParams p) {
        int most = 0;
        for (Goal g : ctx.table().goals() == null ? List.<Goal>of() : ctx.table().goals()) {
            most = Math.max(most, items(Text.valueOf(g.text()), p));
        }
        return most;
    }

    /** List items in a text (1、 2、 ①): a goal's tasks, or several indicators written in one name cell. */
    private static int items(String text, RuleParams p) {
        Matcher m = p.pattern("listMarkerPattern").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
