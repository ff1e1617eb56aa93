package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.TableBuilder;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FundsRulesTest {

    private static RuleContext withView(NormalizedTable t, BatchView view) {
        return new RuleContext(t, null, null, view, Instant.now());
    }

    private static NormalizedTable project(String code, String name, Double total) {
        return TableBuilder.project(code, "某单位", name, total)
                .row("产出指标", "数量指标", "完成调研任务", "≥", "3", "次").build();
    }

    @Test
    void projectExpenditureMustEqualTheProjectTables() {
        // 中心血站: overall table asks 7357.40 万 of project money; the report's case had a 90 万 project table
        NormalizedTable bloodCentre = FixtureTables.table("25.7");
        InMemoryBatchView view = new InMemoryBatchView().add(project("402010", "血液检测项目", 90.0));
        RuleResult r = Rules.run("FUND-01", withView(bloodCentre, view));
        assertThat(r.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(r.violations().get(0).vars()).containsEntry("project", "7357.40").containsEntry("sum", "90.00");
        // 市委办: 645 万 = 28 + 70 + 547 of three project tables
        InMemoryBatchView three = new InMemoryBatchView().add(project("201001", "改革、督查工作经费", 28.0))
                .add(project("201001", "维稳、调研工作经费", 70.0)).add(project("201001", "机关运行保障", 547.0));
        assertThat(Rules.run("FUND-01", withView(FixtureTables.table("1.1"), three)).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void projectSumWaitsForTheProjectTables() {
        assertThat(Rules.run("FUND-01", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.DEFERRED);
        assertThat(Rules.run("FUND-01", withView(FixtureTables.table("1.1"), new InMemoryBatchView())).status())
                .isEqualTo(RuleStatus.DEFERRED);
        // 团市委 has no project expenditure at all
        assertThat(Rules.run("FUND-01", FixtureTables.table("1.7")).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void projectWithoutMoneyIsFound() {
        assertThat(Rules.failed("FUND-02", project("201001", "某项目", 0.0))).hasSize(1);
        assertThat(Rules.failed("FUND-02", project("201001", "某项目", null))).hasSize(1);
        assertThat(Rules.run("FUND-02", project("201001", "改革、督查工作经费", 28.0)).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void moneyWithoutQuantityOutputIsFound() {
        NormalizedTable noCount = TableBuilder.project("201001", "某单位", "某项目", 50.0)
                .row("产出指标", "数量指标", "各项工作", "定性", "按计划完成")
                .row("产出指标", "质量指标", "党内法规工作质量", "定性", "有效提升").build();
        assertThat(Rules.failed("FUND-03", noCount)).hasSize(1);
        // the seed's 维稳、调研工作经费: 机要文件邮件处理 ≥12 次
        NormalizedTable seed = TableBuilder.project("201001", "中共岳阳市委办公室", "维稳、调研工作经费", 70.0)
                .row("产出指标", "数量指标", "机要文件邮件处理", "", "≥12次").build();
        assertThat(Rules.run("FUND-03", seed).status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void projectToppingUpRunningCostsIsFound() {
        // appendix 2: 政府办（含归口管理单位）工作经费; report: 审计局 办案经费 204 万
        assertThat(Rules.failed("FUND-04", project("230001", "政府办（含归口管理单位）工作经费", 300.0)).get(0).vars())
                .containsEntry("word", "工作经费");
        assertThat(Rules.failed("FUND-04", project("244001", "办案经费", 204.0))).hasSize(1);
        assertThat(Rules.run("FUND-04", project("218001", "干部教育培训费", 100.0)).status()).isEqualTo(RuleStatus.PASSED);
    }
}
