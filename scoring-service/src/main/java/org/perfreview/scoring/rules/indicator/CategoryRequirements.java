package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The categories a table must fill, from the rule's {@code required} (category names such as QUANTITY) and
 * {@code requiredGroups} (BENEFIT: at least one benefit indicator of any kind), as row predicates.
 */
public record CategoryRequirements(String label, Predicate<IndicatorView> covers) {

    /** Names in {@code required} / {@code requiredGroups} that are not categories or groups. */
    public static List<String> problems(RuleParams p) {
        List<String> problems = new ArrayList<>();
        for (String name : p.has("required") ? p.strings("required") : List.<String>of()) {
            try {
                IndicatorCategory.valueOf(name);
            } catch (IllegalArgumentException e) {
                problems.add("unknown indicator category '" + name + "' in required");
            }
        }
        for (String name : p.has("requiredGroups") ? p.strings("requiredGroups") : List.<String>of()) {
            try {
                IndicatorCategory.Group.valueOf(name);
            } catch (IllegalArgumentException e) {
                problems.add("unknown indicator group '" + name + "' in requiredGroups");
            }
        }
        return problems;
    }

    public static List<CategoryRequirements> from(RuleParams p) {
        List<CategoryRequirements> out = new ArrayList<>();
        for (String name : p.strings("required")) {
            IndicatorCategory c = IndicatorCategory.valueOf(name);
            out.add(new CategoryRequirements(c.label(), row -> row.category() == c));
        }
        if (p.has("requiredGroups")) {
            for (String name : p.strings("requiredGroups")) {
                IndicatorCategory.Group g = IndicatorCategory.Group.valueOf(name);
                String label = g == IndicatorCategory.Group.BENEFIT ? "效益指标" : g.name();
                out.add(new CategoryRequirements(label, row -> row.category().group() == g));
            }
        }
        return out;
    }
}
