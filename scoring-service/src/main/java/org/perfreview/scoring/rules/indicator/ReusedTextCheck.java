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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same indicator text (at least {@code minLength} characters) filed under two or more categories. The finding
 * points at the last row that repeats it: the earlier one is where the text belongs until shown otherwise.
 */
public final class ReusedTextCheck implements Check {

    @Override
    public String name() {
        return "indicator.reusedText";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minLength", IndicatorView.PLACEHOLDERS, "classifiedPattern");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        Map<String, Set<String>> categories = new LinkedHashMap<>();
        Map<String, IndicatorView> last = new LinkedHashMap<>();
        for (IndicatorView row : ctx.indicators()) {
            String key = Texts.key(row.name());
            if (row.emptyOrPlaceholder(p) || key.length() < p.integer("minLength")
                    || p.pattern("classifiedPattern").matcher(key).find()) {
                continue;
            }
            categories.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.category().label());
            last.put(key, row);
        }
        List<Violation> out = new ArrayList<>();
        categories.forEach((key, cats) -> {
            if (cats.size() > 1) {
                IndicatorView row = last.get(key);
                out.add(Violation.on(row, row.indicator().name(), row.name())
                        .with("categories", String.join("、", cats)).with("count", cats.size()));
            }
        });
        return RuleResult.of(out);
    }
}
