package org.perfreview.scoring.rulebook;

import java.math.BigDecimal;

/**
 * One grade of the score sheet: scores in [min, max) get this grade and the action it implies.
 * {@code max} is null for the top band (it then runs to the rulebook's full score).
 */
public record GradeBand(String name, BigDecimal min, BigDecimal max, String action) {

    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && (max == null || score.compareTo(max) < 0);
    }
}
