package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.TableBuilder;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoalRulesTest {

    /** 市口岸办's goal, quoted in the 2021 review report as the 口号式 example. */
    static final String PORT_OFFICE = "抓难点、促突破，推进口岸经济发展；抓申报，促建设，推进口岸平台拓展；抓项目，促发展，推进口岸功能完善；"
            + "抓思想，促党建，推进口岸队伍建设；加强联检单位联系，推进口岸事业合谐发展";
    /** 市党校's goal, quoted in the report as not reflecting this year's work. */
    static final String PARTY_SCHOOL = "部门支出合理，三公经费，出国出境费及公车运行费严格控制逐年递减。干部教育培训按计划优质完成";
    /** A project of appendix 2 whose 年度目标 repeats its 总目标 word for word. */
    static final String GOV_OFFICE_PROJECT = "保证政府办及归口管理单位专项工作的正常开展";

    private static NormalizedTable overall(String goal) {
        return TableBuilder.overall("999001", "某单位").goal(goal).build();
    }

    private static RuleContext withView(NormalizedTable t, BatchView view) {
        return new RuleContext(t, null, null, view, Instant.now());
    }

    @Test
    void missingGoalIsFound() {
        // 政协 filed no 整体绩效目标
        assertThat(Rules.failed("GOAL-01", FixtureTables.table("6")).get(0).vars()).containsEntry("goalKind", "整体绩效目标");
        assertThat(Rules.run("GOAL-01", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable project = TableBuilder.project("230001", "岳阳市人民政府办公室", "某项目", 10.0)
                .goal(GoalKind.ANNUAL, "全年完成XX").build();
        assertThat(Rules.failed("GOAL-01", project).get(0).vars()).containsEntry("goalKind", "中长期目标");
    }

    @Test
    void tooShortGoalIsFound() {
        // 政策研究室: "按市委和市委领导要求完成各项工作任务。"
        assertThat(Rules.failed("GOAL-02", FixtureTables.table("1.2"))).hasSize(1);
        assertThat(Rules.run("GOAL-02", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void sloganGoalIsFound() {
        assertThat(Rules.failed("GOAL-03", overall(PORT_OFFICE))).hasSize(1);
        // 社科联: "推崇理论创新, 提供决策参考, 普及社科知识, 管理社会组织, 推进智库建设, 服务岳阳发展。"
        assertThat(Rules.failed("GOAL-03", FixtureTables.table("1.4"))).hasSize(1);
        assertThat(Rules.run("GOAL-03", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        // a list of duties in full sentences is vague but not a slogan
        assertThat(Rules.run("GOAL-03", FixtureTables.table("1.15")).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void unquantifiedGoalIsFound() {
        assertThat(Rules.failed("GOAL-04", overall(PARTY_SCHOOL))).hasSize(1);
        // numbering "目标1：" is not a quantity
        assertThat(Rules.failed("GOAL-04", overall("目标1：开展法治宣传，努力营造浓厚法治氛围。目标2：积极服务政府依法行政。"))).hasSize(1);
        // 市委办: "全年保洁率必须达到99%，办公楼办公时间必须保证8小时不间断清扫"
        assertThat(Rules.run("GOAL-04", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void goalCopiedFromAnotherUnitIsFound() {
        InMemoryBatchView view = new InMemoryBatchView();
        FixtureTables.all().forEach(view::add);
        // 纪委监委案件管理中心 repeats most of 纪委's own goal
        RuleResult discipline = Rules.run("GOAL-05", withView(FixtureTables.table("8"), view));
        assertThat(discipline.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(discipline.violations().get(0).vars()).containsEntry("otherUnit", "岳阳市纪委监委案件管理中心");
        assertThat(Rules.run("GOAL-05", withView(FixtureTables.table("1.1"), view)).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.run("GOAL-05", FixtureTables.table("8")).status()).isEqualTo(RuleStatus.DEFERRED);
    }

    @Test
    void annualGoalRepeatingLongTermGoalIsFound() {
        NormalizedTable same = TableBuilder.project("230001", "岳阳市人民政府办公室", "政府办（含归口管理单位）工作经费", 50.0)
                .goal(GoalKind.LONG_TERM, GOV_OFFICE_PROJECT).goal(GoalKind.ANNUAL, GOV_OFFICE_PROJECT).build();
        assertThat(Rules.failed("GOAL-06", same)).hasSize(1);
        NormalizedTable distinct = TableBuilder.project("218001", "中共岳阳市委党校", "干部教育培训费", 100.0)
                .goal(GoalKind.LONG_TERM, "干部教育培训常态化").goal(GoalKind.ANNUAL, "2020年全年培训党员干部1600人").build();
        assertThat(Rules.run("GOAL-06", distinct).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void overallGoalEqualToAProjectGoalIsFound() {
        NormalizedTable overall = FixtureTables.table("1.1");
        String goal = overall.goalsOf(GoalKind.OVERALL).get(0).text().value();
        InMemoryBatchView copied = new InMemoryBatchView().add(TableBuilder.project("201001", "中共岳阳市委办公室本级",
                "工作经费", 645.0).goal(GoalKind.LONG_TERM, goal).goal(GoalKind.ANNUAL, goal).build());
        assertThat(Rules.run("GOAL-07", withView(overall, copied)).status()).isEqualTo(RuleStatus.FAILED);
        InMemoryBatchView own = new InMemoryBatchView().add(TableBuilder.project("201001", "中共岳阳市委办公室本级",
                "改革、督查工作经费", 28.0).goal(GoalKind.ANNUAL, "落实中央和省委重大改革部署，打通体制机制的堵点和痛点，推进市域治理体系和治理能力现代化。").build());
        assertThat(Rules.run("GOAL-07", withView(overall, own)).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.run("GOAL-07", withView(overall, new InMemoryBatchView())).status()).isEqualTo(RuleStatus.DEFERRED);
    }

    @Test
    void goalWrittenAsAWorkSummaryIsFound() {
        // 统战部: "扎实开展了形式多样、内容丰富的政治培训…"
        assertThat(Rules.failed("GOAL-08", FixtureTables.table("1.6")).get(0).evidence()).contains("开展了");
        // 岳阳楼分局: "快捷有效的办理了二代证及出入境证…方便了市民出行"
        assertThat(Rules.failed("GOAL-08", FixtureTables.table("14.1"))).hasSize(1);
        for (String seq : List.of("1.1", "1.7", "30")) {
            assertThat(Rules.run("GOAL-08", FixtureTables.table(seq)).status()).as(seq).isEqualTo(RuleStatus.PASSED);
        }
    }
}
