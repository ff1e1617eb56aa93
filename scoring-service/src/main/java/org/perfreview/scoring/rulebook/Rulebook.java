package org.perfreview.scoring.rulebook;

import org.perfreview.contracts.score.Dimension;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A validated, immutable rulebook: version, name, the points of each dimension, the grade bands and the
 * rules. Build one with {@link RulebookLoader}; every number the engine uses comes from here.
 */
public record Rulebook(
        String version,
        String name,
        Map<Dimension, BigDecimal> dimensions,
        List<GradeBand> grades,
        List<RuleSpec> rules) {

    public Rulebook {
        dimensions = java.util.Collections.unmodifiableMap(new EnumMap<>(dimensions));
        grades = List.copyOf(grades);
        rules = List.copyOf(rules);
    }

    public BigDecimal maxPoints(Dimension d) {
        return dimensions.getOrDefault(d, BigDecimal.ZERO);
    }

    public BigDecimal fullScore() {
        return dimensions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The band holding {@code score}; the loader guarantees exactly one band covers 0 .. full score. */
    public GradeBand gradeOf(BigDecimal score) {
        for (GradeBand band : grades) {
            if (band.contains(score)) {
                return band;
            }
        }
        throw new IllegalStateException("no grade band covers " + score);
    }
}
