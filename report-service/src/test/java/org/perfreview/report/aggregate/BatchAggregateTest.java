package org.perfreview.report.aggregate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.report.CityReport.Problem;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchAggregateTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-20T00:00:00Z"), ZoneOffset.UTC);

    static BatchAggregate aggregate(UUID batchId) {
        return new BatchAggregate(batchId, CLOCK, new BatchAggregate.Limits(3, 50));
    }

    @RepeatedTest(12)
    void anyOrderWithDuplicatesGivesTheSameSnapshotAsTheLatestCardsOnce(RepetitionInfo info) {
        CityFixture city = CityFixture.generate(info.getCurrentRepetition(), 12, 6);
        Random random = new Random(info.getCurrentRepetition() * 31L);
        List<ScoreCard> shuffled = new ArrayList<>(city.history);
        for (int i = 0; i < city.history.size() / 3; i++) {
            shuffled.add(city.history.get(random.nextInt(city.history.size())));
        }
        Collections.shuffle(shuffled, random);

        BatchAggregate messy = aggregate(city.batchId);
        shuffled.forEach(messy::apply);
        BatchAggregate clean = aggregate(city.batchId);
        city.latest().forEach(clean::apply);

        assertThat(messy.snapshot(city.batch, 1, null)).isEqualTo(clean.snapshot(city.batch, 1, null));
        // the aggregate keeps each latest card compacted: no per-rule outcomes, fixes or cells, the rest as filed
        assertThat(messy.latestCards()).extracting(BatchAggregateTest::identity)
                .containsExactlyInAnyOrderElementsOf(city.latest().stream().map(BatchAggregateTest::identity).toList());
        assertThat(messy.latestCards()).allSatisfy(c -> {
            assertThat(c.outcomes()).isEmpty();
            assertThat(c.findings()).allSatisfy(f -> assertThat(f.fix()).isNull());
        });
        // and knows a stored (whole) card for the current one, and an older version for not current
        for (ScoreCard card : city.history) {
            assertThat(messy.isCurrent(card)).isEqualTo(city.latest().contains(card));
        }
    }

    @RepeatedTest(6)
    void holdsACardByItsKeyExactlyWhenApplyingItWouldChangeNothing(RepetitionInfo info) {
        CityFixture city = CityFixture.generate(40 + info.getCurrentRepetition(), 10, 6);
        List<ScoreCard> shuffled = new ArrayList<>(city.history);
        Collections.shuffle(shuffled, new Random(info.getCurrentRepetition()));
        BatchAggregate aggregate = aggregate(city.batchId);
        shuffled.subList(0, shuffled.size() / 2).forEach(aggregate::apply); // half the history, in any order

        for (ScoreCard card : city.history) {
            TableId id = TableId.of(card);
            boolean held = aggregate.holds(id.unitCode(), id.kind(), card.submission().tableKey(), card.submission().version(),
                    card.scoringRun(), card.submissionId());
            BatchAggregate probe = aggregate(city.batchId);
            aggregate.latestCards().forEach(probe::apply);
            assertThat(held).as(card.submissionId() + " run " + card.scoringRun()).isEqualTo(!probe.apply(card));
        }
    }

    /** What a compacted card keeps of the filed one. */
    private static String identity(ScoreCard c) {
        return c.submissionId() + " v" + c.submission().version() + " r" + c.scoringRun() + " " + c.total() + " " + c.grade()
                + " " + DimensionKeys.ordered(c.dimensions()) + " " + Facts.totalFunds(c) + " " + c.findings().stream()
                .map(f -> f.ruleCode() + "/" + f.severity() + "/" + (f.location() == null ? null : f.location().row()) + "/"
                        + (f.evidence() == null || f.evidence().isBlank() ? null : f.evidence().strip())).toList();
    }

    @RepeatedTest(8)
    void figuresEqualAStraightforwardComputation(RepetitionInfo info) {
        CityFixture city = CityFixture.generate(100 + info.getCurrentRepetition(), 15, 8);
        BatchAggregate aggregate = aggregate(city.batchId);
        List<ScoreCard> reversed = new ArrayList<>(city.history);
        Collections.reverse(reversed); // newest first: every older card must be ignored
        reversed.forEach(aggregate::apply);
        CityReport report = aggregate.snapshot(city.batch, 2, null);
        List<ScoreCard> latest = city.latest();
        List<ScoreCard> overall = latest.stream().filter(c -> c.submission().tableKind() == TableKind.OVERALL_TARGET).toList();

        for (TableKind kind : TableKind.values()) {
            List<ScoreCard> ofKind = latest.stream().filter(c -> c.submission().tableKind() == kind).toList();
            if (ofKind.isEmpty()) {
                assertThat(report.gradeDistribution()).doesNotContainKey(kind.name());
                continue;
            }
            List<GradeCount> rows = report.gradeDistribution().get(kind.name());
            assertThat(rows).extracting(GradeCount::grade).containsExactly("优秀", "良好", "合格", "不合格");
            for (GradeCount row : rows) {
                long expected = ofKind.stream().filter(c -> c.grade().equals(row.grade())).count();
                assertThat(row.count()).as(kind + " " + row.grade()).isEqualTo(expected);
                double exact = 100.0 * expected / ofKind.size();
                assertThat(row.percent().doubleValue()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.0100001));
            }
            assertThat(sumPercent(rows)).isEqualByComparingTo("100.00");
            assertThat(report.scope().tablesByKind()).containsEntry(kind.name(), ofKind.size());
        }

        BigDecimal totalSum = overall.stream().map(ScoreCard::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.averageTotal())
                .isEqualTo(totalSum.divide(BigDecimal.valueOf(overall.size()), 2, RoundingMode.HALF_UP));
        for (Dimension d : Dimension.values()) {
            BigDecimal sum = overall.stream().map(c -> c.dimensions().get(d.key())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.dimensionAverages().get(d.key()))
                    .isEqualTo(sum.divide(BigDecimal.valueOf(overall.size()), 2, RoundingMode.HALF_UP));
        }
        assertThat(List.copyOf(report.dimensionAverages().keySet()))
                .containsExactly(List.of(Dimension.values()).stream().map(Dimension::key).toArray(String[]::new));

        BigDecimal filed = overall.stream().map(c -> c.facts().get("totalFunds")).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.scope().filedAmount()).isEqualByComparingTo(filed);
        BigDecimal control = city.batch.controlList().stream().filter(e -> !e.aggregate())
                .map(e -> e.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.scope().controlAmount()).isEqualByComparingTo(control);
        assertThat(report.scope().difference()).isEqualByComparingTo(filed.subtract(control));
        assertThat(report.scope().unitsFiled()).isEqualTo(overall.size());
        assertThat(report.scope().unitsExpected()).isEqualTo((int) city.batch.controlList().stream().filter(e -> !e.aggregate()).count());

        assertThat(report.scoreSheet()).hasSize(overall.size());
        assertThat(report.scoreSheet()).extracting(CityReport.UnitRow::total)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(report.failingUnits()).extracting(CityReport.UnitRow::submissionId).containsExactlyInAnyOrderElementsOf(
                latest.stream().filter(c -> c.grade().equals("不合格")).map(ScoreCard::submissionId).toList());
        checkProblems(report, latest);
        checkNotFiled(report, city, overall);
    }

    private static void checkProblems(CityReport report, List<ScoreCard> latest) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> units = new HashMap<>();
        for (ScoreCard c : latest) {
            for (Finding f : c.findings()) {
                counts.merge(f.ruleCode(), 1, Integer::sum);
                units.computeIfAbsent(f.ruleCode(), r -> new HashSet<>()).add(c.unitCode());
            }
        }
        assertThat(report.topProblems()).hasSize(counts.size());
        assertThat(report.topProblems()).extracting(Problem::count).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (Problem p : report.topProblems()) {
            assertThat(p.count()).isEqualTo(counts.get(p.ruleCode()));
            assertThat(p.units()).isEqualTo(units.get(p.ruleCode()).size());
            assertThat(p.examples()).hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(e -> assertThat(latest).anySatisfy(c -> {
                        assertThat(c.unitCode()).isEqualTo(e.unitCode());
                        assertThat(c.findings()).anySatisfy(f -> {
                            assertThat(f.ruleCode()).isEqualTo(p.ruleCode());
                            assertThat(f.evidence()).isEqualTo(e.evidence());
                        });
                    }));
            assertThat(p.examples()).extracting(CityReport.Example::unitCode).doesNotHaveDuplicates();
        }
    }

    private static void checkNotFiled(CityReport report, CityFixture city, List<ScoreCard> overall) {
        Set<String> filedNames = overall.stream().map(c -> ControlIndex.normalizeName(c.unitName())).collect(Collectors.toSet());
        Set<String> filedCodes = overall.stream().map(ScoreCard::unitCode).collect(Collectors.toSet());
        List<String> expected = city.batch.controlList().stream().filter(e -> !e.aggregate())
                .filter(e -> !(filedCodes.contains(e.unitCode()) || filedNames.contains(ControlIndex.normalizeName(e.unitName()))))
                .map(e -> e.seq()).toList();
        assertThat(report.notFiled()).extracting(CityReport.NotFiled::seq).containsExactlyElementsOf(expected);
    }

    static BigDecimal sumPercent(List<GradeCount> rows) {
        return rows.stream().map(GradeCount::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aNewerVersionMovesTheUnitBetweenGrades() {
        UUID batch = UUID.randomUUID();
        BatchAggregate aggregate = aggregate(batch);
        aggregate.apply(Cards.simple(batch, "201001", "甲单位", TableKind.OVERALL_TARGET, 1, 55, List.of()));
        aggregate.apply(Cards.simple(batch, "202001", "乙单位", TableKind.OVERALL_TARGET, 1, 80, List.of()));
        CityReport before = aggregate.snapshot(null, 1, null);
        assertThat(count(before, "不合格")).isEqualTo(1);
        assertThat(count(before, "良好")).isEqualTo(1);
        assertThat(before.failingUnits()).extracting(CityReport.UnitRow::unitCode).containsExactly("201001");

        assertThat(aggregate.apply(Cards.simple(batch, "201001", "甲单位", TableKind.OVERALL_TARGET, 2, 92, List.of()))).isTrue();
        CityReport after = aggregate.snapshot(null, 2, before);
        assertThat(count(after, "不合格")).isZero();
        assertThat(count(after, "优秀")).isEqualTo(1);
        assertThat(after.failingUnits()).isEmpty();
        assertThat(after.averageTotal()).isEqualByComparingTo("86.00");
        assertThat(after.previousRound().averageTotal()).isEqualByComparingTo("67.50");
        assertThat(after.previousRound().round()).isEqualTo(1);
        assertThat(after.scoreSheet()).extracting(CityReport.UnitRow::unitCode).containsExactly("201001", "202001");
    }

    @Test
    void sameCardTwiceAndOlderCardsChangeNothing() {
        UUID batch = UUID.randomUUID();
        BatchAggregate aggregate = aggregate(batch);
        ScoreCard v2 = Cards.simple(batch, "201001", "甲单位", TableKind.OVERALL_TARGET, 2, 70,
                List.of(Cards.finding("R1", "goal", "Sheet1", 3, null, "口号")));
        assertThat(aggregate.apply(v2)).isTrue();
        CityReport once = aggregate.snapshot(null, 1, null);
        assertThat(aggregate.apply(v2)).isFalse();
        assertThat(aggregate.apply(Cards.simple(batch, "201001", "甲单位", TableKind.OVERALL_TARGET, 1, 95, List.of()))).isFalse();
        assertThat(aggregate.snapshot(null, 1, null)).isEqualTo(once);
        assertThat(once.topProblems()).singleElement().satisfies(p -> assertThat(p.count()).isEqualTo(1));
    }

    @Test
    void aRescoringOfTheSameVersionReplacesTheCard() {
        UUID batch = UUID.randomUUID();
        BatchAggregate aggregate = aggregate(batch);
        BigDecimal[] low = Cards.spread(50);
        BigDecimal[] high = Cards.spread(76);
        aggregate.apply(Cards.card(batch, "201001", "甲", TableKind.OVERALL_TARGET, null, 1, 2, null, high, List.of(), List.of()));
        aggregate.apply(Cards.card(batch, "201001", "甲", TableKind.OVERALL_TARGET, null, 1, 1, null, low, List.of(), List.of()));
        assertThat(count(aggregate.snapshot(null, 1, null), "良好")).isEqualTo(1);
    }

    @Test
    void rejectsCardsOfAnotherBatch() {
        BatchAggregate aggregate = aggregate(UUID.randomUUID());
        ScoreCard foreign = Cards.simple(UUID.randomUUID(), "201001", "甲", TableKind.OVERALL_TARGET, 1, 70, List.of());
        assertThatThrownBy(() -> aggregate.apply(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    static int count(CityReport report, String grade) {
        return report.gradeDistribution().get(TableKind.OVERALL_TARGET.name()).stream()
                .filter(g -> g.grade().equals(grade)).mapToInt(GradeCount::count).sum();
    }
}
