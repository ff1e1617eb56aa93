package org.perfreview.scoring.rulebook;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.scoring.support.RulebookJson;
import org.perfreview.scoring.support.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulebookLoaderTest {

    private static final RulebookLoader LOADER = Scoring.LOADER;

    private static RulebookJson valid() {
        RulebookJson b = new RulebookJson();
        b.rule("GOAL-01", "goal.missing", "goal", 5, 5);
        return b;
    }

    private static void rejected(RulebookJson b, String... messageParts) {
        assertThatThrownBy(() -> LOADER.load(b.json())).isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(String.join("\n", ((RulebookException) e).problems())).contains(messageParts));
    }

    @Test
    void defaultRulebookLoadsWithAtLeastFortyRulesUsingEveryCheck() {
        Rulebook book = LOADER.loadDefault();
        assertThat(book.rules()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(book.fullScore()).isEqualByComparingTo("100");
        assertThat(book.maxPoints(Dimension.INDICATORS)).isEqualByComparingTo("25");
        Set<String> used = book.rules().stream().map(RuleSpec::check).collect(Collectors.toSet());
        assertThat(used).containsAll(Scoring.REGISTRY.names());
        assertThat(book.rules()).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.maxPoints()).isLessThanOrEqualTo(book.maxPoints(r.dimension()));
        });
    }

    @Test
    void validSmallRulebookLoads() {
        Rulebook book = LOADER.load(valid().json());
        assertThat(book.version()).isEqualTo("test-1");
        assertThat(book.grades()).extracting(GradeBand::name).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(LOADER.problems(valid().json())).isEmpty();
    }

    @Test
    void unknownCheckIsRejected() {
        RulebookJson b = valid();
        b.rule("GOAL-09", "goal.doesNotExist", "goal", 1, 1);
        rejected(b, "GOAL-09", "unknown check 'goal.doesNotExist'");
    }

    @Test
    void unknownDimensionIsRejected() {
        RulebookJson b = valid();
        b.rule("GOAL-09", "goal.missing", "style", 1, 1);
        rejected(b, "unknown dimension 'style'");
        RulebookJson d = valid();
        d.dimensions.put("style", 0);
        rejected(d, "unknown dimension 'style'");
    }

    @Test
    void dimensionsMustBeCompleteAndAddUpToHundred() {
        RulebookJson b = valid();
        b.dimensions.remove("quality");
        rejected(b, "dimension quality", "add up to 100");
    }

    @Test
    void pointsOutOfRangeAreRejected() {
        RulebookJson negative = valid();
        negative.rule("GOAL-02", "goal.missing", "goal", -1, 1);
        rejected(negative, "points per finding must be >= 0");
        RulebookJson capBelow = valid();
        capBelow.rule("GOAL-02", "goal.missing", "goal", 3, 2);
        rejected(capBelow, "maxPoints must be >= points");
        RulebookJson aboveDimension = valid();
        aboveDimension.rule("GOAL-02", "goal.missing", "goal", 3, 6);
        rejected(aboveDimension, "exceeds its dimension's 5 points");
    }

    @Test
    void overlappingGradeBandsAreRejected() {
        RulebookJson b = valid();
        b.grades.set(1, RulebookJson.grade("良好", 75, 91, "完善后通过"));
        rejected(b, "overlap");
    }

    @Test
    void gradeBandsWithAGapOrNoFloorAreRejected() {
        RulebookJson gap = valid();
        gap.grades.set(2, RulebookJson.grade("合格", 60, 74, "退回修改后重新报送"));
        rejected(gap, "gap from 74 to 75");
        RulebookJson noFloor = valid();
        noFloor.grades.set(3, RulebookJson.grade("不合格", 10, 60, "不得进入预算安排"));
        rejected(noFloor, "lowest min must be 0");
    }

    @Test
    void duplicateCodesAreRejected() {
        RulebookJson b = valid();
        b.rule("GOAL-01", "goal.tooShort", "goal", 1, 1).put("params", Map.of("minLength", 30));
        rejected(b, "GOAL-01: duplicate rule code");
    }

    @Test
    void missingParametersBadPatternsAndBadValuesAreRejected() {
        RulebookJson missing = valid();
        missing.rule("GOAL-02", "goal.tooShort", "goal", 1, 1);
        rejected(missing, "needs parameter 'minLength'");
        RulebookJson pattern = valid();
        pattern.rule("GOAL-08", "goal.summaryText", "goal", 1, 1).put("params", Map.of("summaryPatterns", "(开展了"));
        rejected(pattern, "summaryPatterns is not a valid pattern");
        RulebookJson category = valid();
        category.rule("IND-01", "indicator.requiredCategories", "indicators", 1, 1)
                .put("params", Map.of("required", List.of("QUANTITY", "QUANTITIES")));
        rejected(category, "unknown indicator category 'QUANTITIES'");
    }

    @Test
    void typosAndUnknownKindsAreRejected() {
        RulebookJson typo = valid();
        typo.rules.get(0).put("maxPoint", 5);
        rejected(typo, "not a readable rulebook", "maxPoint");
        RulebookJson kind = valid();
        kind.rules.get(0).put("appliesTo", List.of("OVERALL"));
        rejected(kind, "unknown table kind 'OVERALL'");
        RulebookJson standard = valid();
        standard.rules.get(0).put("standard", 9);
        rejected(standard, "standard must be 1-8");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RulebookJson b = valid();
        b.rule("GOAL-01", "nope", "nowhere", -1, 1);
        b.grades.remove(3);
        List<String> problems = LOADER.problems(b.json());
        assertThat(problems).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void gradeOfUsesHalfOpenBands() {
        Rulebook book = LOADER.load(valid().json());
        assertThat(book.gradeOf(new BigDecimal("89.99")).name()).isEqualTo("良好");
        assertThat(book.gradeOf(new BigDecimal("90.00")).name()).isEqualTo("优秀");
        assertThat(book.gradeOf(new BigDecimal("59.99")).name()).isEqualTo("不合格");
        assertThat(book.gradeOf(new BigDecimal("60")).name()).isEqualTo("合格");
        assertThat(book.gradeOf(new BigDecimal("100")).action()).isEqualTo("通过");
        assertThat(book.gradeOf(BigDecimal.ZERO).action()).isEqualTo("不得进入预算安排");
    }
}
