package org.perfreview.bench.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The review-gold problem categories (samples/review-gold/README.md) and the project's own map from rule code to
 * category ({@code accuracy/rule-categories.properties}). Which categories are judged once per unit and which are
 * "judgment" (target recall 75 %) rather than "mechanical" (90 %) follows that README.
 */
public final class Categories {

    /** Categories counted once per unit, wherever a finding points. */
    public static final Set<String> UNIT_LEVEL = Set.of("CONTROL_LIST_MISMATCH", "FUNDS_SUM_MISMATCH", "GOAL_MISSING",
            "GOAL_VAGUE", "CATEGORY_MISSING", "SCORING_BOILERPLATE", "EXPLANATION_MISSING", "NARROW_COVERAGE",
            "BENEFIT_UNLINKED", "OUTPUT_AS_BENEFIT", "NAME_PARAGRAPH", "QUALITATIVE_UNGRADED", "IMPLAUSIBLE_MAGNITUDE");

    /** Categories that take a reviewer's judgment; every other category is mechanical. */
    public static final Set<String> JUDGMENT = Set.of("GOAL_VAGUE", "OUTPUT_AS_BENEFIT", "QUALITATIVE_UNGRADED",
            "IMPLAUSIBLE_MAGNITUDE", "NARROW_COVERAGE", "BENEFIT_UNLINKED");

    private final Map<String, String> byRule;

    private Categories(Map<String, String> byRule) {
        this.byRule = byRule;
    }

    public static Categories load() {
        Properties p = new Properties();
        try (InputStream in = Categories.class.getResourceAsStream("/accuracy/rule-categories.properties")) {
            if (in == null) {
                throw new IllegalStateException("no accuracy/rule-categories.properties on the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put(k.toString().strip(), v.toString().strip()));
        return new Categories(map);
    }

    /** The category a rule's findings count as; empty for a rule that finds what the gold set does not label. */
    public Optional<String> of(String ruleCode) {
        return Optional.ofNullable(byRule.get(ruleCode));
    }

    public static boolean unitLevel(String category) {
        return UNIT_LEVEL.contains(category);
    }

    public static String kind(String category) {
        return JUDGMENT.contains(category) ? "judgment" : "mechanical";
    }
}
