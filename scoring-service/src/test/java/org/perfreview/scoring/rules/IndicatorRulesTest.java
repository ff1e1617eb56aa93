package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.TableBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.scoring.support.TableBuilder.cells;

class IndicatorRulesTest {

    private static final NormalizedTable PARTY_OFFICE = FixtureTables.table("1.1");

    private static void passes(String code, NormalizedTable t) {
        assertThat(Rules.run(code, t).status()).as(code).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void missingRequiredCategoriesAreListed() {
        // 行政审批服务局 filed a single indicator: 资金到位率
        assertThat(Rules.failed("IND-01", FixtureTables.table("4.5")))
                .extracting(v -> v.vars().get("category"))
                .containsExactlyInAnyOrder("数量指标", "质量指标", "时效指标", "服务对象满意度指标", "效益指标");
        passes("IND-01", PARTY_OFFICE);
    }

    @Test
    void projectTablesNeedTheirCategoriesButNotACostLine() {
        NormalizedTable project = TableBuilder.project("201001", "中共岳阳市委办公室", "改革、督查工作经费", 28.0)
                .row("产出指标", "数量指标", "推进改革落地完成率", "≥", "95", "%")
                .row("产出指标", "质量指标", "倒排任务完成", "定性", "按时间节点")
                .row("产出指标", "时效指标", "监测情况", "定性", "每两月一次")
                .row("效益指标", "社会效益指标", "人民群众幸福感、获得感、安全感", "定性", "进一步提升").build();
        assertThat(Rules.failed("IND-15", project)).extracting(v -> v.vars().get("category")).containsExactly("服务对象满意度指标");
        assertThat(Rules.spec("IND-15").appliesTo(project.kind())).isTrue();
        assertThat(Rules.spec("IND-01").appliesTo(project.kind())).isFalse();
    }

    @Test
    void requiredCategoryFilledWithPlaceholderIsFound() {
        // 救助管理站: 经济成本指标 "不适用 / 不适用"
        assertThat(Rules.failed("IND-02", FixtureTables.table("26.4")).get(0).vars()).containsEntry("category", "经济成本指标");
        passes("IND-02", PARTY_OFFICE);
    }

    @Test
    void textReusedUnderSeveralCategoriesIsFound() {
        // 党史研究室: "完成非税收入8万元" is both a quantity output and an economic benefit
        assertThat(Rules.failed("IND-03", FixtureTables.table("1.5")).get(0).indicator()).isEqualTo("完成非税收入8万元");
        // 司法局: "化解社会矛盾" as economic, social and ecological benefit
        assertThat(Rules.failed("IND-03", FixtureTables.table("13")).get(0).vars()).containsEntry("count", "3");
        passes("IND-03", PARTY_OFFICE);
    }

    @Test
    void valueCopiedFromIndicatorIsFound() {
        // 宣传部: 5 rows whose 指标值 repeats the 三级指标
        assertThat(Rules.failed("IND-04", FixtureTables.table("1.16"))).hasSize(5);
        // 公安局: 时效指标 "2024" with value "2024"
        assertThat(Rules.failed("IND-04", FixtureTables.table("14")).get(0).indicator()).isEqualTo("2024");
        passes("IND-04", PARTY_OFFICE);
        // 台办: "涉密 / 涉密" is classified, not copied
        passes("IND-04", FixtureTables.table("1.9"));
    }

    @Test
    void numberedListInOneCellIsFound() {
        assertThat(Rules.failed("IND-05", FixtureTables.table("1.6")).get(0).indicator()).startsWith("1. 开展宣讲座谈会");
        assertThat(Rules.failed("IND-05", FixtureTables.table("2"))).hasSizeGreaterThanOrEqualTo(5);
        passes("IND-05", PARTY_OFFICE);
    }

    @Test
    void pastedParagraphIsFoundButANumberedListIsNotCountedTwice() {
        // 人大: a 生态效益 indicator that is the whole goal pasted
        assertThat(Rules.failed("IND-06", FixtureTables.table("5"))).hasSize(2);
        assertThat(Rules.failed("IND-06", FixtureTables.table("1.6")))
                .extracting(Violation::indicator).noneMatch(n -> n.startsWith("1. 开展宣讲座谈会"));
        passes("IND-06", PARTY_OFFICE);
    }

    @Test
    void benefitWrittenAsOutputIsFound() {
        // 团市委: 社会效益 "积极参与志愿服务活动 ≥1000 人次"
        assertThat(Rules.failed("IND-07", FixtureTables.table("1.7")).get(0).indicator()).isEqualTo("积极参与志愿服务活动");
        // 党史研究室: 经济效益 "完成非税收入8万元"
        assertThat(Rules.failed("IND-07", FixtureTables.table("1.5"))).hasSize(1);
        passes("IND-07", PARTY_OFFICE);
    }

    @Test
    void outputWrittenAsBenefitIsFound() {
        // 政法委: 质量指标 "确保社会安全稳定,民众获得感、安全幸福感、满意度有所提升"
        assertThat(Rules.failed("IND-08", FixtureTables.table("1.17")).get(0).indicator()).contains("获得感");
        // 岳阳楼分局: 质量指标 "公众对公安机关提供服务的满意度" is a satisfaction row filed in the wrong place: the
        // category rule's finding (满意度 missing), not an effect written as an output
        assertThat(Rules.flaggedIndicators("IND-08", FixtureTables.table("14.1"))).noneMatch(n -> n.contains("满意"));
        passes("IND-08", PARTY_OFFICE);
    }

    @Test
    void classifiedContentIsReportedForAnOfflineCheck() {
        // 台办: 数量, 质量, 时效, 社会效益 all "涉密"
        assertThat(Rules.failed("IND-09", FixtureTables.table("1.9"))).hasSize(4);
        assertThat(Rules.spec("IND-09").points()).isZero();
        passes("IND-09", PARTY_OFFICE);
    }

    @Test
    void quantityIndicatorsCoveringOnlyCleaningAreFound() {
        // 市委办: the only quantity indicator is 8 hours of uninterrupted cleaning
        assertThat(Rules.failed("IND-10", PARTY_OFFICE).get(0).evidence()).isEqualTo("办公楼办公时间不间断清扫");
        passes("IND-10", FixtureTables.table("9"));
        passes("IND-10", FixtureTables.table("30"));
    }

    @Test
    void ecologicalBenefitUnrelatedToTheUnitIsFound() {
        // 市委办: 生态效益 "办公生活环境 — 舒适良好"
        assertThat(Rules.failed("IND-11", PARTY_OFFICE).get(0).indicator()).isEqualTo("办公生活环境");
        passes("IND-11", FixtureTables.table("19"));
        passes("IND-11", FixtureTables.table("1.2"));
    }

    @Test
    void costIndicatorWithoutAnAmountIsFound() {
        // 侨联: "严格控制在预算范围内 — 不超预算范围"
        assertThat(Rules.failed("IND-12", FixtureTables.table("1.10"))).hasSize(1);
        passes("IND-12", PARTY_OFFICE);
        passes("IND-12", FixtureTables.table("11"));
    }

    @Test
    void satisfactionIndicatorThatDoesNotNameSatisfactionIsFound() {
        // 纪委: 满意度指标 named "定性"; 民主党派机关事务办: named "=" (a shifted row)
        assertThat(Rules.failed("IND-13", FixtureTables.table("8")).get(0).indicator()).isEqualTo("定性");
        assertThat(Rules.failed("IND-13", FixtureTables.table("7")).get(0).evidence()).contains("三级指标未填");
        passes("IND-13", PARTY_OFFICE);
    }

    @Test
    void vagueOutputIsFound() {
        // 工商联: 数量指标 "完成各项工作任务"
        assertThat(Rules.failed("IND-14", FixtureTables.table("12")).get(0).indicator()).isEqualTo("完成各项工作任务");
        passes("IND-14", PARTY_OFFICE);
    }


    @Test
    void valueSayingNoMoreThanTheNameIsACopy() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("效益指标", "社会效益指标", "对社会造成负面影响", "定性", "未对社会造成负面影响", "无"),
                cells("效益指标", "生态效益指标", "水域环境", "定性", "水域环境清洁", "无"),
                cells("效益指标", "社会效益指标", "是否方便市民出行", "定性", "方便市民出行", "无"),
                cells("效益指标", "经济效益指标", "是否有益于本市经济的发展", "定性", "对本市的经济发展有益", "无"),
                cells("效益指标", "社会效益指标", "保障夜间道路交通安全", "定性", "保障夜间道路交通安全，方便市民夜间出行", ""),
                cells("产出指标", "数量指标", "开展20次巡护", "定性", "开展20次巡护", "次"),
                cells("产出指标", "数量指标", "开展业务培训", "≥", "开展业务培训4次", ""),
                cells("效益指标", "经济效益指标", "无直接经济效益，但管理到位，节约财政资金，产生间接经济效益", "定性", "产生间接经济效益", ""),
                cells("效益指标", "社会效益指标", "不适应", "定性", "不适应", ""));
        assertThat(Rules.flaggedIndicators("IND-04", t)).containsExactly("对社会造成负面影响", "水域环境", "是否方便市民出行",
                "是否有益于本市经济的发展", "保障夜间道路交通安全", "开展20次巡护");
    }

    @Test
    void reusedTextIsReportedOnTheLaterRow() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("成本指标", "经济成本指标", "预算内", "定性", "预算内", "元"),
                cells("效益指标", "经济效益指标", "预算内", "定性", "预算内", "元"));
        assertThat(Rules.failed("IND-03", t)).singleElement()
                .satisfies(v -> assertThat(v.at().row()).isEqualTo(TableBuilder.FIRST_ROW + 1));
    }

    @Test
    void placeholderRowsOfARequiredCategoryAreEachReported() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("产出指标", "数量指标", "开展培训", "≥", "4", "次"),
                cells("效益指标", "生态效益指标", "不适用", "定性", "无", "无"),
                cells("效益指标", "可持续影响指标", "定性", "", "无", "无"),
                cells("产出指标", "质量指标", "出版物无差错", "定性", "无", "无"),
                cells("满意度指标", "服务对象满意度指标", "=", "", "99", "%"));
        // the benefit block is only placeholders; 无 under "无差错" is a target; a shifted row with 99 is not a placeholder
        assertThat(Rules.failed("IND-02", t)).hasSize(2).allSatisfy(v -> assertThat(v.vars()).containsEntry("category", "效益指标"));
    }

    @Test
    void aSingleQuantityIndicatorOrTwoAgainstAGoalOfManyTasksIsNarrow() {
        NormalizedTable one = TableBuilder.overallWith("完成铁塔和机器设备维修，保障安全播出。",
                cells("产出指标", "数量指标", "完成2个铁塔的维修", "=", "2", "个"));
        assertThat(Rules.failed("IND-16", one).get(0).vars()).containsEntry("count", "1");
        NormalizedTable two = TableBuilder.overallWith("1、开展巡查；2、开展监测；3、开展宣传；4、组织培训；5、完成科研课题。",
                cells("产出指标", "数量指标", "开展巡查", "≥", "20", "次"), cells("产出指标", "数量指标", "开展监测", "≥", "36", "次"));
        assertThat(Rules.failed("IND-16", two).get(0).vars()).containsEntry("tasks", "5");
        NormalizedTable covered = TableBuilder.overallWith("1、开展巡查；2、开展监测；3、开展宣传。",
                cells("产出指标", "数量指标", "开展巡查", "≥", "20", "次"), cells("产出指标", "数量指标", "开展监测", "≥", "36", "次"));
        assertThat(Rules.run("IND-16", covered).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable classified = TableBuilder.overallWith(null, cells("产出指标", "数量指标", "涉密", "", "涉密", ""));
        assertThat(Rules.run("IND-16", classified).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
        // housekeeping-only quantities are the narrow-quantity rule's (市委办's cleaning)
        assertThat(Rules.run("IND-16", PARTY_OFFICE).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void emptyPhrasesAndRunningCostsAreNotBenefits() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("效益指标", "社会效益指标", "促进社会发展", "定性", "达到", ""),
                cells("效益指标", "社会效益指标", "对社会效益可能造成的影响", "≥", "98", "%"),
                cells("效益指标", "经济效益指标", "可以按时发放工资", "=", "12", "月"),
                cells("效益指标", "经济效益指标", "预算内", "定性", "预算内", "元"),
                cells("效益指标", "经济效益指标", "公益项目，间接助力经济发展", "定性", "无", ""),
                cells("效益指标", "社会效益指标", "群众办事等待时间缩短", "≥", "20", "%"),
                cells("效益指标", "社会效益指标", "促进房地产市场平稳健康发展", "定性", "交易纠纷下降", ""));
        assertThat(Rules.flaggedIndicators("IND-17", t)).containsExactly("促进社会发展", "对社会效益可能造成的影响",
                "可以按时发放工资", "预算内", "公益项目，间接助力经济发展");
    }

    @Test
    void ecologicalBenefitFollowsFromTheUnitsOwnOutputsOrEnforcement() {
        NormalizedTable patrols = TableBuilder.overall("999001", "某执法支队").funds(500.0, 400.0, 100.0)
                .row("产出指标", "数量指标", "开展船舶污染物排放检查", "≥", "20", "次")
                .row("效益指标", "生态效益指标", "船舶污染物零排放", "定性", "零排放", "").build();
        assertThat(Rules.run("IND-11", patrols).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable enforcement = TableBuilder.overall("999001", "某分局").funds(500.0, 400.0, 100.0)
                .row("产出指标", "数量指标", "办理刑事案件", "≥", "100", "件")
                .row("效益指标", "生态效益指标", "打击非法捕捞，守护一江碧水", "定性", "有效", "").build();
        assertThat(Rules.run("IND-11", enforcement).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable archive = TableBuilder.overall("999001", "某档案馆").funds(500.0, 400.0, 100.0)
                .row("产出指标", "数量指标", "档案接收", "≥", "1000", "卷")
                .row("效益指标", "生态效益指标", "爱护环境活动", "", "", "次").build();
        assertThat(Rules.failed("IND-11", archive)).hasSize(1);
    }

    @Test
    void benefitCountedInTimesIsAnOutputAndSatisfactionUnderQualityIsNotAnEffect() {
        NormalizedTable t = TableBuilder.overallWith(null, cells("效益指标", "社会效益指标", "丰富居民文化生活", "", "次", ""),
                cells("产出指标", "质量指标", "档案查询服务满意率", "≥", "95", "%"));
        assertThat(Rules.flaggedIndicators("IND-07", t)).containsExactly("丰富居民文化生活");
        assertThat(Rules.run("IND-08", t).status()).isEqualTo(RuleStatus.PASSED);
    }
}
