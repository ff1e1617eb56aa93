package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.SelfEvalFixture;
import org.perfreview.scoring.support.TableBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfEvalRulesTest {

    private static final NormalizedTable OVERALL = SelfEvalFixture.overall().build();
    private static final NormalizedTable PROJECT = SelfEvalFixture.project().build();
    private static final NormalizedTable BASE = SelfEvalFixture.baseData().build();

    private static void passes(String code, NormalizedTable t) {
        assertThat(Rules.run(code, t).status()).as(code).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void executionRateIsExecutedOverFullYearBudget() {
        // 7297.27 / 8017.61 = 91.02 %
        passes("SELF-01", OVERALL);
        passes("SELF-01", PROJECT);
        NormalizedTable wrong = SelfEvalFixture.overall().selfEvaluation(3357.52, 8017.61, 7297.27, 10.0, "92.02%", 9.2, 99.2).build();
        assertThat(Rules.failed("SELF-01", wrong).get(0).vars()).containsEntry("computed", "91.02%");
    }

    @Test
    void executionScoreIsWeightTimesRate() {
        // 10 × 91.02 % = 9.10
        passes("SELF-02", OVERALL);
        NormalizedTable wrong = SelfEvalFixture.overall().selfEvaluation(3357.52, 8017.61, 7297.27, 10.0, "91.02%", 9.5, 99.5).build();
        assertThat(Rules.failed("SELF-02", wrong).get(0).vars()).containsEntry("expected", "9.10");
    }

    @Test
    void indicatorScoreCannotExceedItsWeight() {
        passes("SELF-03", OVERALL);
        NormalizedTable over = SelfEvalFixture.overall().selfRow("产出指标", "数量指标", "全年保洁率", "达到99%", "100%", 7.0, 8.0, "").build();
        assertThat(Rules.failed("SELF-03", over)).singleElement().satisfies(v -> assertThat(v.vars()).containsEntry("score", "8.0"));
    }

    @Test
    void totalIsTheSumOfScores() {
        // 9.10 + 90 = 99.10; the project form 10 + 90 = 100
        passes("SELF-04", OVERALL);
        passes("SELF-04", PROJECT);
        NormalizedTable wrong = SelfEvalFixture.overall().selfEvaluation(3357.52, 8017.61, 7297.27, 10.0, "91.02%", 9.1, 100.0).build();
        assertThat(Rules.failed("SELF-04", wrong).get(0).vars()).containsEntry("sum", "99.10");
    }

    @Test
    void fullMarksForAMissedTargetAreFound() {
        passes("SELF-05", OVERALL);
        NormalizedTable missed = SelfEvalFixture.project()
                .selfRow("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "80%", 10.0, 10.0, "").build();
        assertThat(Rules.failed("SELF-05", missed).get(0).vars()).containsEntry("actual", "80%");
    }

    @Test
    void lostPointsNeedADeviationReason() {
        passes("SELF-06", OVERALL);
        NormalizedTable silent = SelfEvalFixture.overall().selfRow("产出指标", "数量指标", "调研报告", "≥3篇", "2篇", 7.0, 5.0, "").build();
        assertThat(Rules.failed("SELF-06", silent).get(0).vars()).containsEntry("lost", "2.0");
        NormalizedTable explained = SelfEvalFixture.overall()
                .selfRow("产出指标", "数量指标", "调研报告", "≥3篇", "2篇", 7.0, 5.0, "一项调研并入省委课题，明年单列").build();
        passes("SELF-06", explained);
    }

    @Test
    void controlRateIsActualOverAuthorised() {
        // 118 / 127 = 92.91 %
        passes("SELF-07", BASE);
        TableBuilder b = TableBuilder.of(org.perfreview.contracts.table.TableKind.BASE_DATA).name("某单位");
        assertThat(Rules.failed("SELF-07", b.baseData(127.0, 118.0, "93.50%", List.of()).build()).get(0).vars())
                .containsEntry("computed", "92.91%");
    }

    @Test
    void threePublicExpensesAreTheSumOfTheirParts() {
        // 40.53 + 129.83 + 2.19 = 172.55, and the other two columns add up too
        passes("SELF-08", BASE);
        TableBuilder b = TableBuilder.of(org.perfreview.contracts.table.TableKind.BASE_DATA).name("某单位");
        List<BaseData.Line> lines = List.of(b.line("threePublic", "三公经费", 90.8, 191.0, 175.55),
                b.line("officialCars", "1、公务用车购置和维护经费", 35.62, 57.0, 40.53),
                b.line("overseasTravel", "2、出国经费", 52.14, 130.0, 129.83), b.line("reception", "3、公务接待", 3.04, 4.0, 2.19));
        assertThat(Rules.failed("SELF-08", b.baseData(127.0, 118.0, "92.91%", lines).build()))
                .singleElement().satisfies(v -> assertThat(v.vars()).containsEntry("column", "本年决算").containsEntry("sum", "172.55"));
    }

    @Test
    void finalAccountAboveBudgetIsFound() {
        // 公用经费 1552.85 against 1078.16; 办公经费, 差旅费, 会议费 also above; 三公经费 172.55 within 191
        assertThat(Rules.failed("SELF-09", BASE)).extracting(v -> v.vars().get("line"))
                .containsExactlyInAnyOrder("公用经费", "其中：办公经费", "差旅费", "会议费、培训费");
    }
}
