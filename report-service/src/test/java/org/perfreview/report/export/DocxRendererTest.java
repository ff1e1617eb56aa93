package org.perfreview.report.export;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.report.export.docx.CityDocxRenderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocxRendererTest {
    static final ReportFixtures FIXTURES = new ReportFixtures();
    static final XWPFDocument DOC = open(StandaloneTemplates.cityDocx().render(FIXTURES.report));
    final CityReport report = FIXTURES.report;

    @AfterAll
    static void close() throws IOException {
        DOC.close();
    }

    @Test
    void hasTheSeedReportsSections() {
        List<String> headings = DOC.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertThat(headings).containsExactly("一、基本情况", "二、审核依据与标准", "三、审核方法", "四、审核结果", "五、主要亮点",
                "六、存在的问题", "七、原因分析", "八、意见建议", "附件1 审核情况表");
        assertThat(DOC.getStyles().styleExist("Heading1")).isTrue();
        String text = text();
        for (Dimension d : Dimension.values()) {
            assertThat(text).contains(d.label());
        }
        assertThat(text).contains("8.预期实施进度合理性");
    }

    @Test
    void scopeFiguresComeFromTheReport() {
        String text = text();
        assertThat(text).contains("已报送部门整体支出绩效目标的单位 " + report.scope().unitsFiled() + " 家")
                .contains("应报送绩效目标的 " + report.scope().unitsExpected() + " 家预算单位")
                .contains("申报资金总额合计 " + Formats.money(report.scope().filedAmount()) + " 万元")
                .contains("平均得分 " + report.averageTotal().toPlainString() + " 分");
        assertThat(report.previousRound()).isNotNull();
        assertThat(text).contains("与上一轮比较");
    }

    @Test
    void oneNativeChartPerKindWithTheCounts() {
        List<XWPFChart> charts = DOC.getCharts();
        assertThat(charts).hasSize(report.gradeDistribution().size());
        List<String> kinds = new ArrayList<>(report.gradeDistribution().keySet());
        for (int k = 0; k < kinds.size(); k++) {
            List<GradeCount> grades = report.gradeDistribution().get(kinds.get(k));
            XDDFChartData.Series series = charts.get(k).getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(grades.size());
            for (int g = 0; g < grades.size(); g++) {
                assertThat(series.getCategoryData().getPointAt(g)).isEqualTo(grades.get(g).grade());
                assertThat(series.getValuesData().getPointAt(g).intValue()).isEqualTo(grades.get(g).count());
            }
        }
    }

    @Test
    void aProvinceSizedSheetIsCutAtItsCapWithANotePointingToTheWorkbook() {
        org.perfreview.report.aggregate.CityFixture big = org.perfreview.report.aggregate.CityFixture.generate(11, 120, 30);
        org.perfreview.report.aggregate.BatchAggregate aggregate = new org.perfreview.report.aggregate.BatchAggregate(big.batchId);
        big.history.forEach(aggregate::apply);
        CityReport large = aggregate.snapshot(big.batch, 1, null);
        assertThat(large.scoreSheet().size()).isGreaterThan(org.perfreview.report.export.docx.DocxTables.MAX_SHEET_ROWS);

        XWPFDocument doc = open(StandaloneTemplates.cityDocx().render(large));
        XWPFTable sheet = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(sheet.getRows()).hasSize(org.perfreview.report.export.docx.DocxTables.MAX_SHEET_ROWS + 1);
        assertThat(sheet.getRow(1).getCell(1).getText()).isEqualTo(large.scoreSheet().get(0).unitName());
        assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                .anySatisfy(t -> assertThat(t).contains("全部" + large.scoreSheet().size() + "个单位").contains("XLSX"));
    }

    @Test
    void gradeTableAndScoreSheetHoldTheReportsNumbers() {
        XWPFTable grades = DOC.getTables().get(0);
        List<String> kinds = new ArrayList<>(report.gradeDistribution().keySet());
        for (int k = 0; k < kinds.size(); k++) {
            List<GradeCount> counts = report.gradeDistribution().get(kinds.get(k));
            for (int g = 0; g < counts.size(); g++) {
                XWPFTableRow row = grades.getRow(g + 1);
                assertThat(row.getCell(0).getText()).isEqualTo(counts.get(g).grade());
                assertThat(Integer.parseInt(row.getCell(1 + 2 * k).getText())).isEqualTo(counts.get(g).count());
                assertThat(new BigDecimal(row.getCell(2 + 2 * k).getText().replace("%", ""))).isEqualByComparingTo(counts.get(g).percent());
            }
        }
        XWPFTable sheet = DOC.getTables().get(DOC.getTables().size() - 1);
        assertThat(sheet.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("序号", "单位名称",
                "基本信息", "绩效目标", "绩效评价指标", "绩效评价指标标准值", "项目资金管理", "上报时效性", "上报完整性", "上报的质量", "总分");
        assertThat(sheet.getRows()).hasSize(report.scoreSheet().size() + 1);
        for (int i = 0; i < report.scoreSheet().size(); i++) {
            UnitRow expected = report.scoreSheet().get(i);
            XWPFTableRow row = sheet.getRow(i + 1);
            assertThat(row.getCell(1).getText()).isEqualTo(expected.unitName());
            assertThat(new BigDecimal(row.getCell(10).getText())).isEqualByComparingTo(expected.total());
            assertThat(new BigDecimal(row.getCell(3).getText())).isEqualByComparingTo(expected.dimensions().get("goal"));
        }
    }

    @Test
    void problemsQuoteRealExamplesAndDraftTextIsMarked() {
        String text = text();
        CityReport.Problem top = report.topProblems().get(0);
        assertThat(text).contains("1." + top.title() + "。共发现 " + top.count() + " 处，涉及 " + top.units() + " 家单位");
        CityReport.Example example = top.examples().get(0);
        assertThat(text).contains("如" + example.unitName() + "：“" + example.evidence() + "”");
        assertThat(text).contains(ReportFixtures.HOSTILE_NAME);
        List<XWPFParagraph> marked = DOC.getParagraphs().stream().filter(p -> p.getText().contains("【待审核人员修改】")).toList();
        assertThat(marked).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(p -> assertThat(p.getRuns().get(0).isHighlighted()).isTrue());
    }

    private static String text() {
        StringBuilder all = new StringBuilder();
        DOC.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        return all.toString();
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
