package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.Scoring;
import org.perfreview.scoring.support.TableBuilder;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FilingRulesTest {

    private static final NormalizedTable PARTY_OFFICE = FixtureTables.table("1.1");

    private static RuleContext filed(NormalizedTable t, Instant received, Instant scored, BatchView view) {
        return new RuleContext(t, Scoring.ref(t, "1.1.xlsx", received), Scoring.seedBatch(), view, scored);
    }

    @Test
    void lateFilingCostsPointsPerDay() {
        // deadline 2023-11-05; received 2023-11-08 10:00 Beijing time = three days late
        RuleResult late = Rules.run("FILE-01", filed(PARTY_OFFICE, Instant.parse("2023-11-08T02:00:00Z"), Instant.now(), null));
        assertThat(late.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(late.violations().get(0).points()).isEqualByComparingTo("3");
        // 2023-11-05 23:30 Beijing time is still on the deadline day
        assertThat(Rules.run("FILE-01", filed(PARTY_OFFICE, Instant.parse("2023-11-05T15:30:00Z"), Instant.now(), null))
                .status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void lateFilingIsDeferredWithoutDeadlineOrArrivalTime() {
        assertThat(Rules.run("FILE-01", PARTY_OFFICE).status()).isEqualTo(RuleStatus.DEFERRED);
        Batch noDeadline = new Batch(Scoring.BATCH_ID, 2024, "岳阳市本级", "二上", null, "2024.1", null, null);
        assertThat(Rules.run("FILE-01", new RuleContext(PARTY_OFFICE, Scoring.ref(PARTY_OFFICE, "f", Scoring.RECEIVED),
                noDeadline, null, Instant.now())).status()).isEqualTo(RuleStatus.DEFERRED);
    }

    @Test
    void missingProjectTablesFailOnlyAfterTheDeadline() {
        InMemoryBatchView none = new InMemoryBatchView();
        assertThat(Rules.run("FILE-02", filed(PARTY_OFFICE, Scoring.RECEIVED, Scoring.SCORED, none)).status())
                .isEqualTo(RuleStatus.DEFERRED);
        RuleResult after = Rules.run("FILE-02", filed(PARTY_OFFICE, Scoring.RECEIVED, Instant.parse("2023-11-20T00:00:00Z"), none));
        assertThat(after.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(after.violations().get(0).vars()).containsEntry("project", "645.00");
        InMemoryBatchView filedOne = new InMemoryBatchView().add(TableBuilder.project("201001", "中共岳阳市委办公室本级",
                "改革、督查工作经费", 28.0).build());
        assertThat(Rules.run("FILE-02", filed(PARTY_OFFICE, Scoring.RECEIVED, Instant.parse("2023-11-20T00:00:00Z"), filedOne))
                .status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.run("FILE-02", FixtureTables.table("1.7")).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void emptyExplanationAndScoringColumnsAreFound() {
        // 网信办: 指标解释 "无" on every row
        assertThat(Rules.failed("FILE-03", FixtureTables.table("1.11")).get(0).vars()).containsEntry("column", "指标解释");
        // 君山分局: 评(扣)分标准 holds only weights (10, 8, 9 …): the boilerplate rule's, not a missing column
        assertThat(Rules.run("FILE-07", FixtureTables.table("14.3")).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.failed("FILE-05", FixtureTables.table("14.3"))).hasSize(1);
        assertThat(Rules.run("FILE-03", FixtureTables.table("1.7")).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void aMissingExplanationAndAMissingScoringRuleAreTwoRules() {
        TableBuilder b = TableBuilder.overall("999001", "某单位");
        b.row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "", "每少1次扣1分");
        b.row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "无", "每低1个百分点扣0.5分");
        b.row("产出指标", "时效指标", "每季度开展培训", "=", "1", "次/季度", "按季度统计", "每少1次扣1分");
        NormalizedTable noExplanation = b.build();
        assertThat(Rules.failed("FILE-03", noExplanation).get(0).vars()).containsEntry("rows", "2").containsEntry("of", "3");
        assertThat(Rules.run("FILE-07", noExplanation).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable noScoring = TableBuilder.overall("999001", "某单位")
                .row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "参训场次", "")
                .row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "合格人数/参训人数", "无").build();
        assertThat(Rules.failed("FILE-07", noScoring).get(0).vars()).containsEntry("column", "评(扣)分标准");
        assertThat(Rules.run("FILE-03", noScoring).status()).isEqualTo(RuleStatus.PASSED);
        // one blank explanation among several is not "missing on most rows"
        NormalizedTable oneGap = TableBuilder.overall("999001", "某单位")
                .row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "参训场次", "每少1次扣1分")
                .row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "合格人数/参训人数", "每低1个百分点扣0.5分")
                .row("产出指标", "时效指标", "每季度开展培训", "=", "1", "次", "", "每少1次扣1分").build();
        assertThat(Rules.run("FILE-03", oneGap).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void scoringColumnOfWeightsOnlyOrOneSentenceIsBoilerplate() {
        NormalizedTable weights = TableBuilder.overall("999001", "某单位")
                .row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "参训场次", "10分")
                .row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "合格率", "20分")
                .row("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%", "问卷", "5").build();
        assertThat(Rules.failed("FILE-05", weights).get(0).vars()).containsEntry("rows", "3");
        // two rows saying the same sentence are as boilerplate as twenty
        NormalizedTable twoRows = TableBuilder.overall("999001", "某单位")
                .row("成本指标", "经济成本指标", "支出控制在预算内", "≤", "100", "万元", "决算数", "未完成指标酌情扣分")
                .row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "参训场次", "未完成指标酌情扣分").build();
        assertThat(Rules.failed("FILE-05", twoRows)).hasSize(1);
        NormalizedTable specific = TableBuilder.overall("999001", "某单位")
                .row("产出指标", "数量指标", "开展培训", "≥", "4", "次", "参训场次", "每少1次扣1分")
                .row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "合格率", "每低1个百分点扣0.5分")
                .row("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%", "问卷", "10").build();
        assertThat(Rules.run("FILE-05", specific).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void unreadableContentIsFound() {
        NormalizedTable broken = TableBuilder.overall("201001", "某单位").note(ParseNote.Level.ERROR, "找不到指标表头")
                .note(ParseNote.Level.WARNING, "合并单元格已展开").build();
        assertThat(Rules.failed("FILE-04", broken)).singleElement().satisfies(v -> assertThat(v.evidence()).contains("表头"));
        assertThat(Rules.run("FILE-04", PARTY_OFFICE).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void boilerplateScoringRuleIsFound() {
        assertThat(Rules.failed("FILE-05", PARTY_OFFICE).get(0).evidence()).isEqualTo("未达指标值酌情扣分");
        // 统战部 writes it two ways (未达到指标值… / 未达指标值…): still the same boilerplate
        assertThat(Rules.failed("FILE-05", FixtureTables.table("1.6"))).hasSize(1);
        // 团市委: "少1家扣1分", "少1%扣1分" … are real deduction rules
        assertThat(Rules.run("FILE-05", FixtureTables.table("1.7")).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void weightsMustAddUpToHundred() {
        // 公安局本级: 90 + 8 × 95 in the 评(扣)分标准 column
        assertThat(Rules.failed("FILE-06", FixtureTables.table("14")).get(0).vars()).containsEntry("sum", "850");
        // 君山分局's weights add up to exactly 100
        assertThat(Rules.run("FILE-06", FixtureTables.table("14.3")).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable remarks = TableBuilder.overall("999001", "某单位")
                .row("产出指标", "数量指标", "培训次数", "≥", "4", "次", "全年培训", "少1次扣5分", "15分")
                .row("产出指标", "质量指标", "合格率", "≥", "95", "%", "考试合格", "每低1%扣1分", "15分").build();
        assertThat(Rules.failed("FILE-06", remarks).get(0).vars()).containsEntry("sum", "30");
        assertThat(Rules.run("FILE-06", PARTY_OFFICE).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
        assertThat(new BigDecimal("100")).isEqualByComparingTo(Rules.spec("FILE-06").params().decimal("total"));
    }
}
