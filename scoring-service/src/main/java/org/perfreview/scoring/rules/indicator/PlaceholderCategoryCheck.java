package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A required category is present but each of its rows holds only a placeholder (无 / 不适用) in its name or its
 * value (无 under a name that states an absence is a real target), or a 指标值类型 word (定性) where the name should be: the category was filled to look complete. One finding
 * per such row, since each must be replaced; the value-missing check leaves these rows to this one.
 */
public final class PlaceholderCategoryCheck implements Check {

    /** Lexicon parameter: words of the 指标值类型 column (定性, 定量) that say nothing when found as a name. */
    public static final String TYPE_WORDS = "typeWords";
    /** Lexicon parameter: names that state an absence, for which 无 is a real target (出版物无差错 — 无). */
    public static final String NEGATION = "negationPattern";

    @Override
    public String name() {
        return "indicator.placeholderCategory";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("required", IndicatorView.PLACEHOLDERS, TYPE_WORDS, NEGATION);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<Violation> out = new ArrayList<>();
        for (CategoryRequirements req : CategoryRequirements.from(p)) {
            for (IndicatorView row : placeholderOnly(ctx, req, p)) {
                out.add(Violation.on(row, row.indicator().name(), row.name().isEmpty() ? "（空）" : row.name() + " / "
                        + (row.valueText().isEmpty() ? "（空）" : row.valueText())).with("category", req.label()));
            }
        }
        return RuleResult.of(out);
    }

    @Override
    public List<String> paramProblems(RuleParams p) {
        return CategoryRequirements.problems(p);
    }

    /** The rows of the required categories (rule parameters {@code required}, {@code requiredGroups}) filled only with placeholders. */
    public static List<IndicatorView> placeholderRows(RuleContext ctx, RuleParams p) {
        List<IndicatorView> out = new ArrayList<>();
        CategoryRequirements.from(p).forEach(req -> out.addAll(placeholderOnly(ctx, req, p)));
        return out;
    }

    private static List<IndicatorView> placeholderOnly(RuleContext ctx, CategoryRequirements req, RuleParams p) {
        List<IndicatorView> rows = ctx.indicators().stream().filter(req.covers()).toList();
        return !rows.isEmpty() && rows.stream().allMatch(r -> placeholderRow(r, p)) ? rows : List.of();
    }

    static boolean placeholderRow(IndicatorView r, RuleParams p) {
        String value = r.valueText();
        boolean noName = r.emptyOrPlaceholder(p) || p.listed(TYPE_WORDS, Texts.compact(r.name()));
        return (noName && (IndicatorView.isPlaceholder(value, p) || r.number() == null && Texts.length(value) < 2))
                || (!Texts.symbolOnly(value) && IndicatorView.isPlaceholder(value, p)
                && !p.pattern(NEGATION).matcher(Texts.compact(r.name())).find());
    }
}
