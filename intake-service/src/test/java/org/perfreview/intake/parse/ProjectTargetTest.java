package org.perfreview.intake.parse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.TargetFlag;
import org.perfreview.contracts.table.Text;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No project-table fixture exists: this builds 项目支出绩效目标表 workbooks in the shape of docs/domain.md §2.3
 * (title, labelled header block with merged cells, 中长期目标 / 年度目标, indicator block) and reads them back.
 */
class ProjectTargetTest {

    private static final String LONG_TERM = "建成全市统一的数字档案馆，馆藏档案数字化率达到100%。";
    private static final String ANNUAL = "完成馆藏档案数字化扫描10万页，著录条目1万条。";

    @Test
    void readsTheHeaderBlockGoalsAndIndicators() throws Exception {
        List<ParsedTable> tables = Fixtures.read(workbook(true), ReaderLimits.defaults());

        assertThat(tables).hasSize(3);
        ParsedTable first = tables.get(0);
        assertThat(first.sheet()).isEqualTo("项目表");
        assertThat(first.firstRow()).isEqualTo(1);
        NormalizedTable t = first.table();
        assertThat(t.kind()).isEqualTo(TableKind.PROJECT_TARGET);
        assertThat(Text.valueOf(t.heading())).isEqualTo("项目支出绩效目标表");
        assertThat(t.notes()).isEmpty();
        ProjectInfo p = t.project();
        assertThat(Text.valueOf(p.name())).isEqualTo("档案数字化建设");
        assertThat(Text.valueOf(p.department())).isEqualTo("岳阳市档案馆");
        assertThat(Text.valueOf(p.implementingUnit())).isEqualTo("岳阳市档案馆本级");
        assertThat(t.unitNameValue()).isEqualTo("岳阳市档案馆本级");
        assertThat(Text.valueOf(p.attribute())).isEqualTo("延续项目");
        assertThat(Text.valueOf(p.period())).isEqualTo("2024年1月-2024年12月");
        assertThat(p.total().value()).isEqualByComparingTo("1200");
        assertThat(p.total().raw()).isEqualTo("1,200.00");
        assertThat(p.total().at().ref()).isEqualTo("C7");
        assertThat(p.fiscal().value()).isEqualByComparingTo("1000");
        assertThat(p.other().value()).isEqualByComparingTo("200");
        assertThat(t.totalAmount()).isEqualByComparingTo("1200");

        assertThat(t.goalsOf(Goal.GoalKind.LONG_TERM)).extracting(g -> g.text().value()).containsExactly(LONG_TERM);
        assertThat(t.goalsOf(Goal.GoalKind.ANNUAL)).extracting(g -> g.text().value()).containsExactly(ANNUAL);
        assertThat(t.goalsOf(Goal.GoalKind.ANNUAL).get(0).text().at().ref()).isEqualTo("F11");

        List<Indicator> ind = t.indicators();
        assertThat(ind).hasSize(4);
        assertThat(ind).extracting(Indicator::level1Value).containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
        assertThat(ind).extracting(Indicator::level2Value).containsExactly("数量指标", "数量指标", "时效指标", "服务对象满意度指标");
        assertThat(ind.get(0).nameValue()).isEqualTo("档案数字化扫描页数");
        assertThat(ind.get(0).target().number()).isEqualByComparingTo("100000");
        assertThat(ind.get(1).target().canonical()).isEqualTo("≥1万条");
        assertThat(ind.get(2).target().flag()).isEqualTo(TargetFlag.DATE);
        assertThat(ind.get(3).target().canonical()).isEqualTo("≥95%");
        assertThat(Text.valueOf(ind.get(3).scoringRule())).isEqualTo("每低1%扣1分");
        assertThat(ind.get(3).row()).isEqualTo(16);
    }

    @Test
    void projectsStackedWithAndWithoutTitlesAreSeparateTables() throws Exception {
        List<ParsedTable> tables = Fixtures.read(workbook(false), ReaderLimits.defaults());

        assertThat(tables).extracting(t -> Text.valueOf(t.table().project().name()))
                .containsExactly("档案数字化建设", "档案安全保护", "档案编研");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.table().kind()).isEqualTo(TableKind.PROJECT_TARGET);
            assertThat(t.table().indicators()).hasSize(4);
            assertThat(t.table().notes()).isEmpty();
        });
        assertThat(tables.get(1).sheet()).isEqualTo("项目表");
        assertThat(tables.get(2).sheet()).isEqualTo("第二页");
        assertThat(tables.get(2).table().heading()).isNull();
    }

    /** Two projects on the first sheet (the second with or without its title line), a third on another sheet. */
    private static byte[] workbook(boolean secondTitle) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("项目表");
            int next = project(sheet, 0, "档案数字化建设", true);
            project(sheet, next + 2, "档案安全保护", secondTitle);
            project(wb.createSheet("第二页"), 0, "档案编研", false);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Writes one project table from a 0-based row; returns the row after it. */
    private static int project(Sheet s, int top, String name, boolean title) {
        int r = top;
        if (title) {
            row(s, r, 0, "项目支出绩效目标表");
            merge(s, r, r, 0, 8);
            row(s, ++r, 0, "（2024年度）");
            row(s, ++r, 0, "金额单位：万元");
            r++;
        } else {
            r += 3;
        }
        row(s, r, 0, "项目名称", name);
        merge(s, r, r, 1, 8);
        row(s, ++r, 0, "主管部门", "岳阳市档案馆", null, null, "实施单位", "岳阳市档案馆本级");
        merge(s, r, r, 1, 3);
        merge(s, r, r, 5, 8);
        row(s, ++r, 0, "项目属性", "延续项目", null, null, "项目期限", "2024年1月-2024年12月");
        int money = ++r;
        row(s, money, 0, "项目资金（万元）", "年度资金总额", "1,200.00");
        row(s, money + 1, 1, "其中：财政拨款", "1000");
        row(s, money + 2, 1, "其他资金", "200");
        merge(s, money, money + 2, 0, 0);
        r = money + 3;
        row(s, r, 0, "总体目标", "中长期目标", null, null, null, "年度目标");
        row(s, r + 1, 1, LONG_TERM, null, null, null, ANNUAL);
        merge(s, r, r + 1, 0, 0);
        merge(s, r, r, 1, 4);
        merge(s, r, r, 5, 8);
        merge(s, r + 1, r + 1, 1, 4);
        merge(s, r + 1, r + 1, 5, 8);
        r += 2;
        row(s, r, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评（扣）分标准");
        row(s, r + 1, 1, "产出指标", "数量指标", "档案数字化扫描页数", "≥", "100000", "页", "全年扫描页数", "未完成按比例扣分");
        row(s, r + 2, 3, "著录条目", null, "≥1", "万条", "全年著录条目", "未完成按比例扣分");
        row(s, r + 3, 2, "时效指标", "完成时限", "定性", "2024年12月31日前", null, "年底前完成", "逾期扣分");
        row(s, r + 4, 1, "满意度指标", "服务对象满意度指标", "查档群众满意度", null, "大于等于95%", null, "问卷调查", "每低1%扣1分");
        merge(s, r, r + 4, 0, 0);
        merge(s, r + 1, r + 3, 1, 1);
        merge(s, r + 1, r + 2, 2, 2);
        return r + 5;
    }

    private static void row(Sheet s, int r, int firstColumn, String... values) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(firstColumn + i).setCellValue(values[i]);
            }
        }
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
}
