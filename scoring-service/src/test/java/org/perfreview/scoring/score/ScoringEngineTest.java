package org.perfreview.scoring.score;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.RulebookJson;
import org.perfreview.scoring.support.Scoring;
import org.perfreview.scoring.support.TableBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringEngineTest {

    /** A table that fails goal.missing and basic.unitName once each. */
    private static final NormalizedTable EMPTY = TableBuilder.overall("999001", "").build();

    private static ScoreCard score(RulebookJson book, NormalizedTable t) {
        return Scoring.ENGINE.score(Scoring.LOADER.load(book.json()), RuleContext.of(t));
    }

    private static BigDecimal sum(ScoreCard c) {
        return c.dimensions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void dimensionNeverGoesBelowZero() {
        RulebookJson book = new RulebookJson();
        // three rules of 5 points each on the 5-point goal dimension, all failing
        book.rule("GOAL-01", "goal.missing", "goal", 5, 5);
        book.rule("GOAL-02", "basic.unitName", "goal", 5, 5);
        book.rule("GOAL-03", "basic.fundsTotal", "goal", 5, 5);
        ScoreCard card = score(book, EMPTY);
        assertThat(card.findings()).hasSize(3);
        assertThat(card.findings().stream().map(Finding::points).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("15");
        assertThat(card.dimensions().get("goal")).isEqualByComparingTo("0");
        assertThat(card.total()).isEqualByComparingTo("95.00").isEqualByComparingTo(sum(card));
    }

    @Test
    void pointsOfOneRuleAreCappedByItsMaxPoints() {
        RulebookJson book = new RulebookJson();
        book.rule("VAL-03", "value.missingUnit", "indicatorValues", 1, 2.5).put("params", Map.of("placeholderUnits", List.of("无"),
                "percentUnits", List.of("%"), "measureUnits", List.of("万元", "次")));
        // 网信办: eight numbers without a unit
        ScoreCard card = score(book, FixtureTables.table("1.11"));
        assertThat(card.findings()).hasSize(8);
        assertThat(card.findings()).extracting(Finding::points).map(BigDecimal::toPlainString)
                .containsExactly("1.00", "1.00", "0.50", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(card.dimensions().get("indicatorValues")).isEqualByComparingTo("7.50");
    }

    @Test
    void gradeBandsAtTheirEdges() {
        assertThat(gradeAfterDeducting("10.01", null)).isEqualTo("良好");
        assertThat(gradeAfterDeducting("10", null)).isEqualTo("优秀");
        assertThat(gradeAfterDeducting("25", "15.01")).isEqualTo("不合格");
        assertThat(gradeAfterDeducting("25", "15")).isEqualTo("合格");
        assertThat(gradeAfterDeducting("25", "0.01")).isEqualTo("合格");
        assertThat(gradeAfterDeducting("25", null)).isEqualTo("良好");
    }

    /** Deducts {@code indicators} points (and {@code quality} points) from a full score; returns the grade. */
    private static String gradeAfterDeducting(String indicators, String quality) {
        RulebookJson book = new RulebookJson();
        book.rule("IND-01", "goal.missing", "indicators", new BigDecimal(indicators), new BigDecimal(indicators));
        if (quality != null) {
            book.rule("FILE-05", "basic.unitName", "quality", new BigDecimal(quality), new BigDecimal(quality));
        }
        ScoreCard card = score(book, EMPTY);
        BigDecimal expected = new BigDecimal("100").subtract(new BigDecimal(indicators))
                .subtract(quality == null ? BigDecimal.ZERO : new BigDecimal(quality));
        assertThat(card.total()).isEqualByComparingTo(expected);
        assertThat(card.total().scale()).isEqualTo(2);
        return card.grade();
    }

    @Test
    void totalIsTheExactSumOfDimensionsForManyRandomTables() {
        List<NormalizedTable> fixtures = FixtureTables.all();
        Random random = new Random(42);
        Rulebook book = Scoring.DEFAULT;
        for (int n = 0; n < 400; n++) {
            NormalizedTable t = RandomTables.mix(fixtures, random);
            ScoreCard card = Scoring.ENGINE.score(book, RuleContext.of(t));
            assertThat(card.total()).as("table %d", n).isEqualByComparingTo(sum(card));
            assertThat(card.total().scale()).isEqualTo(2);
            assertThat(card.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            assertThat(card.dimensions()).hasSize(8).allSatisfy((k, v) -> {
                assertThat(v).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(v).isLessThanOrEqualTo(book.maxPoints(org.perfreview.contracts.score.Dimension.fromKey(k)));
            });
            assertThat(card.grade()).isEqualTo(book.gradeOf(card.total()).name());
        }
    }

    @Test
    void deferredRulesAreListedWithTheirReasonAndNeverCountAsPassed() {
        ScoreCard card = Scoring.ENGINE.score(Scoring.DEFAULT, RuleContext.of(FixtureTables.table("1.1")));
        assertThat(card.deferredRules()).contains("BASIC-06", "BASIC-07", "GOAL-05", "GOAL-07", "FUND-01", "FILE-01", "FILE-02");
        assertThat(card.outcomes()).filteredOn(o -> o.status() == RuleStatus.DEFERRED)
                .allSatisfy(o -> assertThat(o.reason()).isNotBlank());
        assertThat(card.outcomes()).noneMatch(o -> o.status() == RuleStatus.PASSED);
        assertThat(card.facts().get("deferredRules")).isEqualByComparingTo(BigDecimal.valueOf(card.deferredRules().size()));
        assertThat(card.rulebookVersion()).isEqualTo(Scoring.DEFAULT.version());
    }

    @Test
    void aCheckThatThrowsDefersItsRuleInsteadOfPassing() {
        Check broken = new Check() {
            @Override
            public String name() {
                return "goal.missing";
            }

            @Override
            public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
                throw new IllegalStateException("boom");
            }
        };
        CheckRegistry registry = new CheckRegistry(List.of(broken));
        RulebookJson book = new RulebookJson();
        book.rule("GOAL-01", "goal.missing", "goal", 5, 5);
        ScoreCard card = new ScoringEngine(registry).score(new org.perfreview.scoring.rulebook.RulebookLoader(registry)
                .load(book.json()), RuleContext.of(EMPTY));
        assertThat(card.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(RuleStatus.DEFERRED);
            assertThat(o.reason()).contains("boom");
        });
    }

    @Test
    void rulesOfOtherTableKindsAreNotRunAndDisabledRulesAreSkipped() {
        RulebookJson book = new RulebookJson();
        book.rule("GOAL-01", "goal.missing", "goal", 5, 5).put("appliesTo", List.of("PROJECT_TARGET"));
        book.rule("GOAL-02", "basic.unitName", "goal", 5, 5).put("enabled", false);
        ScoreCard card = score(book, EMPTY);
        assertThat(card.outcomes()).isEmpty();
        assertThat(card.total()).isEqualByComparingTo("100");
        assertThat(card.facts().get("rulesEvaluated")).isEqualByComparingTo("0");
    }

    @Test
    void findingsCarryLocationEvidenceAndRenderedFix() {
        NormalizedTable t = FixtureTables.table("1.2");
        ScoreCard card = Scoring.ENGINE.score(Scoring.DEFAULT,
                Scoring.context(t, "政策研究室.xlsx", Scoring.seedBatch(), Scoring.seedView(List.of(t))));
        Finding cost = card.findings().stream().filter(f -> f.ruleCode().equals("VAL-11")).findFirst().orElseThrow();
        assertThat(cost.location().file()).isEqualTo("政策研究室.xlsx");
        assertThat(cost.location().sheet()).isEqualTo("1.2");
        assertThat(cost.location().row()).isEqualTo(TableBuilder.FIRST_ROW);
        assertThat(cost.location().column()).isEqualTo("E");
        assertThat(cost.location().indicator()).isEqualTo("控制在预算内");
        assertThat(cost.evidence()).startsWith("成本指标金额279.03万元超过本表资金总额254.78万元").contains("「≤279.03万」");
        assertThat(cost.fix()).contains("254.78");
        assertThat(cost.standard()).isEqualTo(6);
        assertThat(cost.dimension()).isEqualTo("indicatorValues");
        assertThat(card.submissionId()).isNotNull();
        assertThat(card.unitCode()).isEqualTo("202001");
        assertThat(card.facts()).containsKeys("totalFunds", "projectFunds", "basicFunds", "indicatorCount", "findingCount");
        assertThat(card.outcomes()).extracting(RuleOutcome::ruleCode).contains("VAL-11");
    }

    @Test
    void everyTableKindCanBeScored() {
        for (TableKind kind : TableKind.values()) {
            ScoreCard card = Scoring.ENGINE.score(Scoring.DEFAULT, RuleContext.of(TableBuilder.of(kind).build()));
            assertThat(card.total()).as(kind.name()).isEqualByComparingTo(sum(card));
        }
        assertThat(new ArrayList<>(Scoring.DEFAULT.rules())).isNotEmpty();
    }
}
