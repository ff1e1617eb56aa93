package org.perfreview.scoring.review;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.review.FindingIdentity;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.support.Scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewed card's arithmetic and the fate of decisions across versions, on the default rulebook's points. */
class ReviewApplierTest {

    private static final UUID V1 = UUID.randomUUID();
    private static final UUID V2 = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2024-11-10T08:00:00Z");

    private final Finding value = finding("VAL-01", "indicatorValues", Severity.ERROR, "1.00", "培训合格率");
    private final Finding satisfaction = finding("VAL-08", "indicatorValues", Severity.WARNING, "2.00", "参训教师满意度");
    private final Finding goal = finding("GOAL-02", "goal", Severity.WARNING, "4.00", null);

    @Test
    void dismissAdjustAndAddChangeTheDimensionsAndTheTotalIsTheirSum() {
        ScoreCard machine = machine(V1, List.of(value, satisfaction, goal));
        List<String> keys = FindingIdentity.keys(machine.findings());
        ScoreCard reviewed = ReviewApplier.apply(machine, Scoring.DEFAULT, List.of(
                decision(1, keys.get(1), Review.DISMISS, null, satisfaction, V1),
                decision(2, keys.get(2), Review.ADJUST, "1.50", goal, V1),
                decision(3, "manual-1", Review.ADD, "3.00", finding("MANUAL", "fundManagement", Severity.WARNING, "3.00", null), V1)),
                List.of(), false, 4, NOW);

        assertThat(reviewed.reviewed()).isTrue();
        assertThat(reviewed.scoringRun()).isEqualTo(4);
        assertThat(reviewed.dimensions().get("indicatorValues")).isEqualByComparingTo("9.00"); // 10 - 1, the 2 dismissed
        assertThat(reviewed.dimensions().get("goal")).isEqualByComparingTo("3.50"); // 5 - 1.5
        assertThat(reviewed.dimensions().get("fundManagement")).isEqualByComparingTo("7.00");
        assertThat(reviewed.total()).isEqualByComparingTo(reviewed.dimensions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(reviewed.total()).isEqualByComparingTo(machine.total().add(new BigDecimal("2.00")).add(new BigDecimal("2.50"))
                .subtract(new BigDecimal("3.00")));
        assertThat(reviewed.findings()).extracting(Finding::ruleCode).containsExactly("VAL-01", "GOAL-02", "MANUAL");
        assertThat(reviewed.review().unreviewedErrors()).isEqualTo(1);
        assertThat(reviewed.review().machineTotal()).isEqualByComparingTo(machine.total());
        assertThat(reviewed.review().decisions()).extracting(Review.Decision::status).containsOnly(Review.APPLIED);
    }

    @Test
    void onARefiledVersionDecisionsCarryOverWhereTheFindingStandsAndLapseElsewhere() {
        ScoreCard v1 = machine(V1, List.of(value, satisfaction, goal));
        List<String> keys = FindingIdentity.keys(v1.findings());
        List<ReviewApplier.StoredDecision> decisions = List.of(
                decision(1, keys.get(0), Review.CONFIRM, null, value, V1),
                decision(2, keys.get(1), Review.DISMISS, null, satisfaction, V1),
                decision(3, "manual-1", Review.ADD, "1.00", finding("MANUAL", "goal", Severity.WARNING, "1.00", null), V1));
        ScoreCard v2 = machine(V2, List.of(satisfaction, goal)); // the missing value was filled

        ScoreCard reviewed = ReviewApplier.apply(v2, Scoring.DEFAULT, decisions, List.of(), true, 2, NOW);

        assertThat(reviewed.findings()).extracting(Finding::ruleCode).containsExactly("GOAL-02");
        assertThat(reviewed.review().decisions()).extracting(Review.Decision::findingKey, Review.Decision::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(keys.get(0), Review.LAPSED),
                org.assertj.core.groups.Tuple.tuple(keys.get(1), Review.CARRIED_OVER),
                org.assertj.core.groups.Tuple.tuple("manual-1", Review.LAPSED));
        assertThat(reviewed.review().afterSignOff()).isTrue();
        assertThat(reviewed.total()).isEqualByComparingTo(v2.total().add(new BigDecimal("2.00")));
    }

    @Test
    void aDimensionNeverGoesBelowZero() {
        Finding big = finding("GOAL-09", "goal", Severity.WARNING, "5.00", null);
        ScoreCard machine = machine(V1, List.of(big));
        ScoreCard reviewed = ReviewApplier.apply(machine, Scoring.DEFAULT, List.of(
                decision(1, "manual-1", Review.ADD, "5.00", finding("MANUAL", "goal", Severity.WARNING, "5.00", null), V1)),
                List.of(), false, 2, NOW);
        assertThat(reviewed.dimensions().get("goal")).isEqualByComparingTo("0.00");
    }

    private static ScoreCard machine(UUID submission, List<Finding> findings) {
        Map<String, BigDecimal> dims = ReviewApplier.dimensions(Scoring.DEFAULT, findings);
        BigDecimal total = dims.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScoreCard(submission, "201001", "某单位", Scoring.DEFAULT.version(), total, Scoring.DEFAULT.gradeOf(total).name(),
                null, dims, findings, List.of(), null, Map.of(), NOW, 1);
    }

    private static Finding finding(String rule, String dimension, Severity severity, String points, String indicator) {
        return new Finding(rule, "问题" + rule, 3, dimension, severity, new BigDecimal(points),
                new FindingLocation("f.xlsx", "Sheet1", indicator == null ? null : 12, indicator == null ? null : "E", indicator), "证据" + rule, "修改" + rule);
    }

    private static ReviewApplier.StoredDecision decision(long id, String key, String action, String points, Finding f, UUID on) {
        return new ReviewApplier.StoredDecision(id, key, action, points == null ? null : new BigDecimal(points),
                Review.DISMISS.equals(action) ? "理由" : null, f, on, NOW);
    }
}
