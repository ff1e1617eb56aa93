package org.perfreview.report.aggregate;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.report.UnitReport.TableScore;
import org.perfreview.contracts.report.UnitReport.VersionChange;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfreview.report.aggregate.Cards.finding;

class UnitReportBuilderTest {
    final UUID batch = UUID.randomUUID();
    final UnitReportBuilder builder = new UnitReportBuilder(BatchAggregateTest.CLOCK);

    ScoreCard overall(int version, int run, int total, List<Finding> findings) {
        return Cards.card(batch, "248004", "公安局君山分局", TableKind.OVERALL_TARGET, null, version, run,
                new BigDecimal("3164.96"), Cards.spread(total), findings,
                List.of(new RuleOutcome("SELF-EVAL", RuleStatus.DEFERRED, "自评表未到"),
                        new RuleOutcome("X", RuleStatus.NOT_APPLICABLE, null)));
    }

    ScoreCard project(int version, int total) {
        return Cards.card(batch, "248004", "公安局君山分局", TableKind.PROJECT_TARGET, "办案经费", version, 1,
                new BigDecimal("204"), Cards.spread(total), List.of(finding("P1", "goal", "Sheet1", 4, null, "财政预算")), List.of());
    }

    @Test
    void refilingShowsFixedStillOpenAndNew() {
        ScoreCard v1 = overall(1, 1, 58, List.of(
                finding("IND-VALUE-IS-SCORE", "indicatorValues", "Sheet1", 12, "年初制定培训计划，每月执行", "10"),
                finding("IND-VALUE-MISSING", "indicatorValues", "Sheet1", 15, "降低社会犯罪率", ""),
                finding("GOAL-SLOGAN", "goal", null, null, null, "抓难点、促突破")));
        // v2 rewrites the text of row 12 (still wrong), fixes row 15, keeps the goal slogan, breaks row 20
        ScoreCard v2FirstRun = overall(2, 1, 60, List.of());
        ScoreCard v2 = overall(2, 2, 70, List.of(
                finding("IND-VALUE-IS-SCORE", "indicatorValues", "Sheet1", 12, "每季度开展一次培训", "12"),
                finding("GOAL-SLOGAN", "goal", null, null, null, "抓难点、促突破，推进发展"),
                finding("IND-NAME-EQUALS-VALUE", "indicators", "Sheet1", 20, "出警及时", "出警及时")));

        UnitReport report = builder.build(List.of(v2, v1, v2FirstRun));

        assertThat(report.history()).singleElement().satisfies(change -> {
            assertThat(change.version()).isEqualTo(2);
            assertThat(change.submissionId()).isEqualTo(v2.submissionId());
            assertThat(change.total()).isEqualByComparingTo("70");
            assertThat(change.fixed()).containsExactly("IND-VALUE-MISSING@Sheet1!F15");
            assertThat(change.stillOpen()).containsExactlyInAnyOrder("IND-VALUE-IS-SCORE@Sheet1!F12", "GOAL-SLOGAN@表");
            assertThat(change.newlyFound()).containsExactly("IND-NAME-EQUALS-VALUE@Sheet1!F20");
            // Every key in words: the fixed one as v1 had it, the others as v2 has them.
            assertThat(change.findings()).extracting(UnitReport.ChangedFinding::key).containsExactlyInAnyOrder(
                    "IND-VALUE-MISSING@Sheet1!F15", "IND-VALUE-IS-SCORE@Sheet1!F12", "GOAL-SLOGAN@表", "IND-NAME-EQUALS-VALUE@Sheet1!F20");
            assertThat(change.findings()).filteredOn(f -> f.key().equals("IND-VALUE-MISSING@Sheet1!F15")).singleElement()
                    .satisfies(f -> assertThat(f.location().row()).isEqualTo(15));
        });
        assertThat(report.tables()).singleElement().satisfies(t -> {
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.total()).isEqualByComparingTo("70");
            assertThat(t.deferredRules()).containsExactly("SELF-EVAL");
        });
        assertThat(report.grade()).isEqualTo("合格");
        assertThat(report.generatedAt()).isEqualTo(BatchAggregateTest.CLOCK.instant());
    }

    @Test
    void threeVersionsGiveTwoChangesInOrder() {
        UnitReport report = builder.build(List.of(
                overall(3, 1, 90, List.of()),
                overall(1, 1, 50, List.of(finding("A", "goal", "S", 3, null, "x"))),
                overall(2, 1, 70, List.of(finding("A", "goal", "S", 3, null, "y"), finding("B", "goal", "S", 4, null, "z")))));
        assertThat(report.history()).extracting(VersionChange::version).containsExactly(2, 3);
        assertThat(report.history().get(0).newlyFound()).containsExactly("B@S!F4");
        assertThat(report.history().get(1).fixed()).containsExactly("A@S!F3", "B@S!F4");
        assertThat(report.history().get(1).stillOpen()).isEmpty();
    }

    @Test
    void findingsAreGroupedByDimensionInSheetOrder() {
        ScoreCard card = overall(1, 1, 80, List.of(
                finding("Q1", "quality", "S", 9, null, "q"),
                finding("G1", "goal", "S", 8, null, "g1"),
                finding("B1", "basicInfo", "S", 2, null, "b"),
                finding("G2", "GOAL", "S", 3, null, "g2"),
                finding("I1", "indicators", "S", 1, null, "i")));
        TableScore table = builder.build(List.of(card)).tables().get(0);
        assertThat(table.findings()).extracting(Finding::ruleCode).containsExactly("B1", "G1", "G2", "I1", "Q1");
    }

    @Test
    void headlineIsTheOverallTableElseTheWorstTable() {
        UnitReport withOverall = builder.build(List.of(overall(1, 1, 80, List.of()), project(1, 40)));
        assertThat(withOverall.grade()).isEqualTo("良好");
        assertThat(withOverall.total()).isEqualByComparingTo("80");
        assertThat(withOverall.tables()).extracting(TableScore::tableKind)
                .containsExactly(TableKind.OVERALL_TARGET, TableKind.PROJECT_TARGET);

        ScoreCard better = Cards.card(batch, "248004", "公安局君山分局", TableKind.PROJECT_TARGET, "装备购置", 1, 1,
                null, Cards.spread(85), List.of(), List.of());
        UnitReport projectsOnly = builder.build(List.of(better, project(1, 40)));
        assertThat(projectsOnly.grade()).isEqualTo("不合格");
        assertThat(projectsOnly.total()).isEqualByComparingTo("40");
        assertThat(projectsOnly.action()).isEqualTo("退回修改");
    }

    @Test
    void rejectsCardsOfSeveralUnits() {
        ScoreCard other = Cards.simple(batch, "201001", "市委办", TableKind.OVERALL_TARGET, 1, 80, List.of());
        assertThatThrownBy(() -> builder.build(List.of(overall(1, 1, 80, List.of()), other)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.build(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
