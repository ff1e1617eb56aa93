package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.TableBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.scoring.support.TableBuilder.cells;

class ValueRulesTest {

    private static final NormalizedTable PARTY_OFFICE = FixtureTables.table("1.1");

    private static void passes(String code, NormalizedTable t) {
        assertThat(Rules.run(code, t).status()).as(code).isEqualTo(RuleStatus.PASSED);
    }

    private static NormalizedTable oneRow(String... cells) {
        return TableBuilder.overall("999001", "某单位").funds(500.0, 400.0, 100.0).row(cells).build();
    }

    @Test
    void missingValueIsFound() {
        // 党史研究室: "节俭高效 — 无" and "按时完成各项工作任务 — 无" fill their required categories with placeholders
        // (the placeholder-category rule's); "出版物无…问题 — 无" is a real target
        assertThat(Rules.flaggedIndicators("VAL-01", FixtureTables.table("1.5")))
                .doesNotContain("节俭高效", "按时完成各项工作任务", "出版物无政治、史料、文字问题");
        assertThat(Rules.flaggedIndicators("IND-02", FixtureTables.table("1.5"))).contains("按时完成各项工作任务");
        // 人大: 质量 and 时效 values left blank
        assertThat(Rules.failed("VAL-01", FixtureTables.table("5"))).hasSize(7);
        // "对社会发展可能造成的负面影响 — 无" is a target, not a gap
        passes("VAL-01", PARTY_OFFICE);
    }

    @Test
    void quantitativeTargetWithoutAFigureIsFound() {
        // 金融办: "资金金额 万元", "上访次数 次", "放款天数 天" ...
        assertThat(Rules.flaggedIndicators("VAL-02", FixtureTables.table("4.4")))
                .contains("在预算资金内开支", "不发生大规模上访事件");
        // 纪委: "监督覆盖率 — 百分比 %": a unit word where the figure should be is a missing value
        assertThat(Rules.flaggedIndicators("VAL-02", FixtureTables.table("8"))).doesNotContain("监督覆盖率");
        assertThat(Rules.flaggedIndicators("VAL-01", FixtureTables.table("8"))).contains("监督覆盖率");
        passes("VAL-02", PARTY_OFFICE);
    }

    @Test
    void numberWithoutUnitIsFound() {
        // 网信办: every value is a bare "100", "200" or "98"
        assertThat(Rules.failed("VAL-03", FixtureTables.table("1.11"))).hasSize(8);
        passes("VAL-03", PARTY_OFFICE);
    }

    @Test
    void unitThatIsNotAUnitIsFound() {
        // 宣传部: 群众满意度 ≥ 90 "&"; 统战部: ≥99% "0"
        assertThat(Rules.failed("VAL-04", FixtureTables.table("1.16")).get(0).vars()).containsEntry("unit", "&");
        assertThat(Rules.failed("VAL-04", FixtureTables.table("1.6")).get(0).vars()).containsEntry("unit", "0");
        // 政协: the target slipped into the unit column ("至少3个", "≥95%")
        assertThat(Rules.failed("VAL-04", FixtureTables.table("6"))).hasSize(3);
        passes("VAL-04", PARTY_OFFICE);
        passes("VAL-04", FixtureTables.table("16.1"));
    }

    @Test
    void valueUnitConflictingWithUnitCellIsFound() {
        // 侨联: satisfaction "95%" with unit 次; 人防办: "2995.66万元" with unit 元
        assertThat(Rules.failed("VAL-05", FixtureTables.table("1.10")).get(0).vars()).containsEntry("unit", "次");
        assertThat(Rules.failed("VAL-05", FixtureTables.table("11")).get(0).vars()).containsEntry("valueUnit", "万元");
        passes("VAL-05", PARTY_OFFICE);
    }

    @Test
    void qualitativeTypeWithANumberIsFound() {
        // 统战部: 定性 with "≥99%" and "1、120余次；2、2万余名…"
        assertThat(Rules.failed("VAL-06", FixtureTables.table("1.6"))).hasSize(2);
        // 档案馆: 定性 "12月31日之前" under 数量 is a date, not a figure
        assertThat(Rules.flaggedIndicators("VAL-06", FixtureTables.table("15"))).doesNotContain("做好各类统计台帐填报工作");
        passes("VAL-06", PARTY_OFFICE);
    }

    @Test
    void valueThatIsAScoreIsFound() {
        // 监所管理支队: 受益对象满意度 > 95 分
        assertThat(Rules.failed("VAL-07", FixtureTables.table("14.6")).get(0).indicator()).isEqualTo("受益对象满意度");
        NormalizedTable weight = oneRow("产出指标", "时效指标", "年初制定切实可行的培训计划，每月执行", "=", "10", "", "", "", "10分");
        assertThat(Rules.failed("VAL-07", weight)).hasSize(1);
        passes("VAL-07", PARTY_OFFICE);
    }

    @Test
    void satisfactionTargetOutsideNinetyToHundredIsFound() {
        // 审计局: 被审单位及群众满意度 80%; 市场监管局: 食品安全公众满意度 ≥85%
        assertThat(Rules.failed("VAL-08", FixtureTables.table("10")).get(0).vars()).containsEntry("target", "80");
        assertThat(Rules.failed("VAL-08", FixtureTables.table("16")).get(0).vars()).containsEntry("target", "85");
        assertThat(Rules.failed("VAL-08", oneRow("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "105", "%"))).hasSize(1);
        passes("VAL-08", PARTY_OFFICE);
    }

    @Test
    void rateAboveHundredPercentIsFound() {
        assertThat(Rules.failed("VAL-09", oneRow("产出指标", "质量指标", "案件办结率", "≥", "120", "%"))).hasSize(1);
        passes("VAL-09", oneRow("效益指标", "经济效益指标", "非税收入同比增长", "≥", "150", "%"));
        passes("VAL-09", PARTY_OFFICE);
    }

    @Test
    void timelinessWithoutAMilestoneIsFound() {
        assertThat(Rules.failed("VAL-10", FixtureTables.table("1.6")).get(0).evidence()).isEqualTo("年底前");
        assertThat(Rules.failed("VAL-10", FixtureTables.table("1.12")).get(0).evidence()).isEqualTo("全年 全年");
        // 任弼时纪念馆: "2024年1月-12月" is the whole year spelled out
        assertThat(Rules.failed("VAL-10", FixtureTables.table("1.14"))).hasSize(1);
        assertThat(Rules.failed("VAL-10", FixtureTables.table("1.16")).get(0).evidence()).isEqualTo("=1 年");
        // 团市委: "5月底前完成五四青年节活动"; 市场监管局: dates and 工作日 limits
        passes("VAL-10", FixtureTables.table("1.7"));
        passes("VAL-10", FixtureTables.table("16"));
    }

    @Test
    void costCeilingAboveTheBudgetIsFound() {
        // 政策研究室: ≤ 279.03 万 against 254.78 万
        assertThat(Rules.failed("VAL-11", FixtureTables.table("1.2")).get(0).vars())
                .containsEntry("amount", "279.03").containsEntry("total", "254.78");
        // 市委办: ≤ 4055.01 万元 against 3394.31
        assertThat(Rules.failed("VAL-11", PARTY_OFFICE)).hasSize(1);
        // 人防办: "2995.66万元" although the unit cell says 元
        assertThat(Rules.failed("VAL-11", FixtureTables.table("11")).get(0).vars()).containsEntry("amount", "2995.66");
        passes("VAL-11", FixtureTables.table("1.7"));
    }

    @Test
    void ungradedQualitativeTargetIsFound() {
        assertThat(Rules.failed("VAL-12", PARTY_OFFICE).get(0).evidence()).isEqualTo("进一步提升");
        assertThat(Rules.flaggedIndicators("VAL-12", FixtureTables.table("1.15"))).contains("生态环境改善情况");
        passes("VAL-12", FixtureTables.table("1.7"));
    }

    @Test
    void implausibleMagnitudeIsFound() {
        // 社科联: 课题研究对GDP拉动 ≥ 100 亿 on a 263.76 万 budget
        RuleResult r = Rules.run("VAL-13", FixtureTables.table("1.4"));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.indicator()).isEqualTo("课题研究对GDP拉动");
            assertThat(v.vars()).containsEntry("amount", "1000000.00").containsEntry("ratio", "3791");
        });
        // a city-wide 特色产业产值 ≥ 100 亿元 and a hospital's 医疗收入 are not credited to the budget
        passes("VAL-13", FixtureTables.table("19"));
        passes("VAL-13", FixtureTables.table("25.4"));
    }


    @Test
    void aValueCellHoldingOnlyAUnitWordHasNoTarget() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("成本指标", "经济成本指标", "控制在预算之内", "", "万元", ""),
                cells("产出指标", "时效指标", "一年内完成", "", "年/月/日", ""),
                cells("产出指标", "数量指标", "开展培训", "≥", "4", "次"));
        assertThat(Rules.flaggedIndicators("VAL-01", t)).containsExactly("控制在预算之内", "一年内完成");
    }

    @Test
    void placeholderOnlyCategoryIsNotAlsoAMissingValue() {
        // 质量 filled with three rows valued 无: each is the placeholder rule's finding, none a missing value
        NormalizedTable t = TableBuilder.overallWith(null, cells("产出指标", "数量指标", "开展培训", "≥", "4", "次"),
                cells("产出指标", "质量指标", "达到卫生城市标准", "定性", "无", "无"),
                cells("产出指标", "质量指标", "达到文明城市标准", "定性", "无", "无"),
                cells("效益指标", "社会效益指标", "减轻环境污染", "定性", "无", ""));
        assertThat(Rules.failed("IND-02", t)).hasSize(2);
        assertThat(Rules.flaggedIndicators("VAL-01", t)).containsExactly("减轻环境污染");
    }

    @Test
    void aComparisonWithWordsIsNonNumericButAQualitativeRowWithAUnitIsNot() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("产出指标", "数量指标", "举办讲座", "≥", "若干", "场"),
                cells("成本指标", "经济成本指标", "预算控制数", "定性", "财政预算资金内", "万元"),
                cells("产出指标", "数量指标", "受理案件数", "", "上访次数", "次"));
        assertThat(Rules.flaggedIndicators("VAL-02", t)).containsExactly("举办讲座", "受理案件数");
    }

    @Test
    void timelinessThatIsOnlyTheYearOrHasNoTimeIsVague() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("产出指标", "时效指标", "完成时间", "定性", "2024年12月31日前", "年/月/日"),
                cells("产出指标", "时效指标", "按时完成", "=", "2024", "年度"),
                cells("产出指标", "时效指标", "按计划完成", "=", "100", "%"),
                cells("产出指标", "时效指标", "各项工作如期完成", "定性", "2024年1-12月", "年"),
                cells("产出指标", "时效指标", "本年内", "定性", "12", "月"),
                cells("产出指标", "时效指标", "年底完成创收", "=", "400", "万元"),
                cells("产出指标", "时效指标", "培训完成时间", "定性", "每季度1次", ""),
                cells("产出指标", "时效指标", "案件办理及时率", "≥", "98", "%"),
                cells("产出指标", "时效指标", "办结时限", "≤", "15", "工作日"),
                cells("产出指标", "时效指标", "上半年完成招标", "定性", "6月30日前", ""));
        assertThat(Rules.flaggedIndicators("VAL-10", t)).containsExactly("完成时间", "按时完成", "按计划完成",
                "各项工作如期完成", "本年内", "年底完成创收");
    }

    @Test
    void qualitativeRowWithAFigureButNotADateOrATimeLimit() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("成本指标", "经济成本指标", "控制在预算内", "定性", "不超过6849.1088", "万元"),
                cells("产出指标", "时效指标", "本年内", "定性", "12", "月"),
                cells("产出指标", "时效指标", "任务完成时间", "定性", "2024年1月-12月", "年"),
                cells("产出指标", "时效指标", "审批时限", "定性", "自受理之日起20个工作日内", ""),
                cells("产出指标", "时效指标", "完成时间", "定性", "24/12/31", ""),
                cells("成本指标", "社会成本指标", "不适应", "定性", "0.00", "无"));
        assertThat(Rules.failed("VAL-06", t)).extracting(v -> v.at().row())
                .containsExactly(TableBuilder.FIRST_ROW, TableBuilder.FIRST_ROW + 1, TableBuilder.FIRST_ROW + 5);
    }

    @Test
    void unitSpellingsAndUnitsInsideTheValueAreNotUnitProblems() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("产出指标", "数量指标", "清运建筑废渣", "=", "5500", "m3"),
                cells("产出指标", "质量指标", "灌木缺失面积", "定性", "不超过1m²", "平方米"),
                cells("产出指标", "数量指标", "防涝保障片区", "定性", "3个区", "区"),
                cells("产出指标", "质量指标", "个贷率", "", "控制在50%-70%的区间", ""),
                cells("产出指标", "质量指标", "灌溉用水", "", "GB 5084-2021标准", ""),
                cells("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "&"),
                cells("产出指标", "数量指标", "巡查次数", "≥", "50", ""));
        assertThat(Rules.flaggedIndicators("VAL-04", t)).containsExactly("群众满意度");
        assertThat(Rules.flaggedIndicators("VAL-05", t)).isEmpty();
        assertThat(Rules.flaggedIndicators("VAL-03", t)).containsExactly("巡查次数");
    }

    @Test
    void directionWithoutAGradeIsUngradedUnlessTheValueCopiesTheName() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("效益指标", "社会效益指标", "促进社会发展", "定性", "达到", "指数"),
                cells("效益指标", "经济效益指标", "管理水平", "定性", "降低管理成本", ""),
                cells("效益指标", "社会效益指标", "节能意识", "定性", "无", "显著提高"),
                cells("效益指标", "社会效益指标", "交通便利", "定性", "有效提升便利度", ""),
                cells("效益指标", "经济效益指标", "促进当地经济发展", "定性", "有效促进当地经济发展", ""),
                cells("产出指标", "质量指标", "道路养护质量", "定性", "达到国家二级标准", ""),
                cells("产出指标", "质量指标", "档案整理", "定性", "全部完成", ""));
        assertThat(Rules.flaggedIndicators("VAL-12", t)).containsExactly("促进社会发展", "管理水平", "节能意识", "交通便利");
    }

    @Test
    void itemisedCostsTogetherAboveTheBudget() {
        NormalizedTable t = TableBuilder.overall("999001", "某单位").funds(397.98, 232.98, 165.0)
                .row("成本指标", "经济成本指标", "项目经费", "=", "165", "万元")
                .row("成本指标", "经济成本指标", "人员经费", "=", "277.20", "万元")
                .row("成本指标", "经济成本指标", "公用经费", "=", "20.06", "万元").build();
        assertThat(Rules.failed("VAL-11", t)).singleElement().satisfies(v -> assertThat(v.vars()).containsEntry("amount", "462.26"));
        NormalizedTable within = TableBuilder.overall("999001", "某单位").funds(500.0, 335.0, 165.0)
                .row("成本指标", "经济成本指标", "项目经费", "=", "165", "万元")
                .row("成本指标", "经济成本指标", "人员经费", "=", "277.20", "万元").build();
        passes("VAL-11", within);
    }
}
