package org.perfreview.scoring.review;

import org.perfreview.contracts.review.FindingIdentity;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.rulebook.GradeBand;
import org.perfreview.scoring.rulebook.Rulebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The reviewed card: the machine card of the table's current version with the latest decision on each finding
 * applied (dismissed findings leave, adjusted ones cost their new points, added ones join), the dimensions and the
 * total recomputed as the engine does (deductions per dimension, never below 0), the grade from the rulebook.
 * Decisions made on another version apply while their finding still stands, else they are listed as lapsed;
 * an added finding belongs to the version it was added on. Pure: the caller reads and stores.
 */
public final class ReviewApplier {

    private ReviewApplier() {
    }

    public static ScoreCard apply(ScoreCard machine, Rulebook rulebook, List<StoredDecision> decisions, List<Review.RoundOutcome> rounds,
                                  boolean afterSignOff, int run, Instant now) {
        UUID current = machine.submissionId();
        Map<String, StoredDecision> latest = latestPerFinding(decisions);
        Map<String, StoredDecision> added = new LinkedHashMap<>();
        decisions.stream().filter(d -> Review.ADD.equals(d.action())).forEach(d -> added.put(d.findingKey(), d));

        List<Finding> inForce = new ArrayList<>();
        List<Review.Decision> entries = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        int unreviewedErrors = 0;
        List<String> keys = FindingIdentity.keys(machine.findings());
        for (int i = 0; i < keys.size(); i++) {
            Finding f = machine.findings().get(i);
            StoredDecision d = latest.get(keys.get(i));
            if (d == null) {
                inForce.add(f);
                unreviewedErrors += f.severity() == Severity.ERROR ? 1 : 0;
                continue;
            }
            matched.add(d.findingKey());
            BigDecimal points = pointsAfter(d, f.points());
            if (!Review.DISMISS.equals(d.action())) {
                inForce.add(withPoints(f, points));
            }
            entries.add(entry(d, current.equals(d.submissionId()) ? Review.APPLIED : Review.CARRIED_OVER, f, f.points(), points));
        }
        for (StoredDecision add : added.values()) {
            StoredDecision d = latest.get(add.findingKey());
            matched.add(add.findingKey());
            if (!current.equals(add.submissionId())) {
                entries.add(entry(d, Review.LAPSED, add.finding(), null, BigDecimal.ZERO.setScale(2)));
                continue;
            }
            BigDecimal points = pointsAfter(d, add.points());
            if (!Review.DISMISS.equals(d.action())) {
                inForce.add(withPoints(add.finding(), points));
            }
            entries.add(entry(d, Review.APPLIED, add.finding(), null, points));
        }
        for (StoredDecision d : latest.values()) {
            if (!matched.contains(d.findingKey())) {
                entries.add(entry(d, Review.LAPSED, d.finding(), d.finding() == null ? null : d.finding().points(), BigDecimal.ZERO.setScale(2)));
            }
        }
        entries.sort(java.util.Comparator.comparingLong(Review.Decision::id));

        Map<String, BigDecimal> dimensions = dimensions(rulebook, inForce);
        BigDecimal total = dimensions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        GradeBand grade = rulebook.gradeOf(total);
        Review review = new Review(machine.total(), machine.grade(), machine.dimensions(), machine.scoringRun(), List.copyOf(entries),
                List.copyOf(rounds), afterSignOff, unreviewedErrors);
        return new ScoreCard(machine.submissionId(), machine.unitCode(), machine.unitName(), machine.rulebookVersion(), total,
                grade.name(), grade.action(), dimensions, List.copyOf(inForce), machine.outcomes(), machine.submission(), machine.facts(),
                now, run, true, review, machine.provisionalDimensions());
    }

    /** The newest decision per finding key; a table's decisions arrive oldest first. */
    public static Map<String, StoredDecision> latestPerFinding(List<StoredDecision> decisions) {
        Map<String, StoredDecision> latest = new LinkedHashMap<>();
        for (StoredDecision d : decisions) {
            latest.put(d.findingKey(), d);
        }
        return latest;
    }

    static Map<String, BigDecimal> dimensions(Rulebook rulebook, List<Finding> inForce) {
        Map<Dimension, BigDecimal> deducted = new EnumMap<>(Dimension.class);
        for (Finding f : inForce) {
            deducted.merge(Dimension.fromKey(f.dimension()), f.points(), BigDecimal::add);
        }
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            dimensions.put(d.key(), rulebook.maxPoints(d).subtract(deducted.getOrDefault(d, BigDecimal.ZERO))
                    .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP));
        }
        return dimensions;
    }

    private static BigDecimal pointsAfter(StoredDecision d, BigDecimal before) {
        return switch (d.action()) {
            case Review.DISMISS -> BigDecimal.ZERO.setScale(2);
            case Review.ADJUST, Review.ADD -> d.points().setScale(2, RoundingMode.HALF_UP);
            default -> before;
        };
    }

    private static Finding withPoints(Finding f, BigDecimal points) {
        return new Finding(f.ruleCode(), f.title(), f.standard(), f.dimension(), f.severity(), points, f.location(), f.evidence(), f.fix());
    }

    private static Review.Decision entry(StoredDecision d, String status, Finding f, BigDecimal machinePoints, BigDecimal points) {
        Finding about = f == null ? d.finding() : f;
        String indicator = about == null || about.location() == null ? null : about.location().indicator();
        return new Review.Decision(d.id(), d.findingKey(), d.action(), status, about == null ? d.findingKey() : about.ruleCode(),
                about == null ? null : about.title(), about == null ? null : about.dimension(), about == null ? null : about.severity(),
                indicator, machinePoints, points, d.reason(), d.submissionId(), d.decidedAt());
    }

    /** A decision as stored: the finding it was made on (or the one it added) travels with it. */
    public record StoredDecision(long id, String findingKey, String action, BigDecimal points, String reason, Finding finding,
                                 UUID submissionId, Instant decidedAt) {
    }
}
