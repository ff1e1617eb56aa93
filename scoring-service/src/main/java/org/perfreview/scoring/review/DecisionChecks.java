package org.perfreview.scoring.review;

import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.rulebook.Rulebook;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Validation of decision requests (400 with the reason through IllegalArgumentException). */
public final class DecisionChecks {

    private DecisionChecks() {
    }

    /** Points of an ADJUST: present, 0 .. the rule's cap. */
    public static BigDecimal adjustedPoints(BigDecimal points, BigDecimal bound) {
        if (points == null) {
            throw new IllegalArgumentException("ADJUST needs 'points'");
        }
        if (points.signum() < 0 || points.compareTo(bound) > 0) {
            throw new IllegalArgumentException("points must be between 0 and the rule's bound " + bound.toPlainString());
        }
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    /** The finding an ADD request describes: standard 1-8, a dimension, points within it, the text. */
    public static Finding manualFinding(DecisionRequest r, Rulebook rulebook, String ruleCode) {
        if (r.standard() == null || r.standard() < 1 || r.standard() > 8) {
            throw new IllegalArgumentException("ADD needs 'standard' between 1 and 8");
        }
        if (r.dimension() == null) {
            throw new IllegalArgumentException("ADD needs 'dimension' (one of the eight dimension keys)");
        }
        Dimension dimension = Dimension.fromKey(r.dimension());
        if (r.text() == null || r.text().isBlank()) {
            throw new IllegalArgumentException("ADD needs 'text': the problem in the reviewer's words");
        }
        BigDecimal points = adjustedPoints(r.points(), rulebook.maxPoints(dimension));
        Severity severity = r.severity() == null ? Severity.WARNING : r.severity();
        return new Finding(ruleCode, "人工审核意见", r.standard(), dimension.key(), severity, points, r.location(), r.text().strip(),
                r.fix() == null || r.fix().isBlank() ? null : r.fix().strip());
    }
}
