package org.perfreview.report.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.export.xlsx.CityWorkbookRenderer;
import org.perfreview.report.export.xlsx.UnitWorkbookRenderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkbookRenderersTest {
    static final ReportFixtures FIXTURES = new ReportFixtures();
    static final List<ScoreCard> CARDS = FIXTURES.aggregate.latestCards();
    static final XSSFWorkbook CITY = open(new CityWorkbookRenderer().render(FIXTURES.report, CARDS));
    final CityReport report = FIXTURES.report;

    @AfterAll
    static void close() throws IOException {
        CITY.close();
    }

    @Test
    void cityWorkbookHasItsSheetsInOrder() {
        List<String> names = new ArrayList<>();
        CITY.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("审核情况表", "问题清单", "部门汇总", "等级分布", "不合格名单", "未报送单位", "金额核对");
    }

    @Test
    void scoreSheetFollowsTheSeedColumnsAndHoldsTheReportsNumbers() {
        Sheet sheet = CITY.getSheet("审核情况表");
        assertThat(texts(sheet.getRow(1)).subList(0, 11)).containsExactly("序号", "单位名称", "基本信息", "绩效目标",
                "绩效评价指标", "绩效评价指标标准值", "项目资金管理", "上报时效性", "上报完整性", "上报的质量", "总分");
        assertThat(sheet.getLastRowNum()).isEqualTo(1 + report.scoreSheet().size());
        for (int i = 0; i < report.scoreSheet().size(); i++) {
            UnitRow expected = report.scoreSheet().get(i);
            Row row = sheet.getRow(i + 2);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.unitName());
            for (Dimension d : Dimension.values()) {
                assertThat(row.getCell(2 + d.ordinal()).getNumericCellValue())
                        .isCloseTo(expected.dimensions().get(d.key()).doubleValue(), within(1e-9));
            }
            assertThat(row.getCell(10).getNumericCellValue()).isCloseTo(expected.total().doubleValue(), within(1e-9));
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(expected.grade());
        }
    }

    @Test
    void gradeSheetHasCountsPercentagesAndANativeChart() {
        XSSFSheet sheet = CITY.getSheet("等级分布");
        Map<String, List<GradeCount>> distribution = report.gradeDistribution();
        int kinds = distribution.size();
        List<String> kindNames = new ArrayList<>(distribution.keySet());
        for (int k = 0; k < kinds; k++) {
            assertThat(sheet.getRow(0).getCell(k + 1).getStringCellValue()).isEqualTo(Labels.kind(kindNames.get(k)));
            List<GradeCount> grades = distribution.get(kindNames.get(k));
            for (int g = 0; g < grades.size(); g++) {
                Row row = sheet.getRow(g + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(grades.get(g).grade());
                assertThat(row.getCell(k + 1).getNumericCellValue()).isEqualTo(grades.get(g).count());
                assertThat(row.getCell(kinds + k + 1).getNumericCellValue())
                        .isCloseTo(grades.get(g).percent().doubleValue(), within(1e-9));
            }
        }
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getChartSeries()).singleElement()
                .satisfies(data -> assertThat(data.getSeriesCount()).isEqualTo(kinds));
        assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                .contains("$B$2:$B$5");
    }

    @Test
    void findingListHasEveryFindingAndNeutralisesFormulas() {
        Sheet sheet = CITY.getSheet("问题清单");
        long findings = CARDS.stream().mapToLong(c -> c.findings().size()).sum();
        assertThat(sheet.getLastRowNum()).isEqualTo((int) findings);
        List<String> evidence = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Cell cell = sheet.getRow(i).getCell(11);
            evidence.add(cell.getStringCellValue());
            // formula-like text is a string cell marked with the quote prefix: text as filed, never evaluated
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue())
                    .isEqualTo(CellText.formulaLike(cell.getStringCellValue()));
        }
        List<String> expected = CARDS.stream().flatMap(c -> c.findings().stream()).map(Finding::evidence)
                .map(e -> e == null ? "" : e).toList();
        assertThat(evidence).containsExactlyElementsOf(expected);
        assertThat(evidence).contains(ReportFixtures.FORMULA_EVIDENCE, "+出警及时").noneMatch(e -> e.startsWith("'"));
        assertNoFormulaCells(CITY);
    }

    @Test
    void departmentAndCheckSheetsHaveARowPerEntry() {
        assertThat(CITY.getSheet("部门汇总").getLastRowNum()).isEqualTo(report.departments().size());
        assertThat(CITY.getSheet("不合格名单").getLastRowNum()).isEqualTo(report.failingUnits().size());
        assertThat(CITY.getSheet("未报送单位").getLastRowNum()).isEqualTo(report.notFiled().size());
        assertThat(CITY.getSheet("金额核对").getLastRowNum()).isEqualTo(report.amountChecks().size());
        for (int i = 0; i < report.departments().size(); i++) {
            Row row = CITY.getSheet("部门汇总").getRow(i + 1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(report.departments().get(i).name());
            assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(report.departments().get(i).amount().doubleValue(), within(1e-9));
        }
    }

    @Test
    void unitNoticeListsEveryFindingToWorkThrough() throws IOException {
        UnitReport unit = FIXTURES.unit;
        try (XSSFWorkbook book = open(new UnitWorkbookRenderer().render(unit))) {
            Sheet notice = book.getSheet("整改通知");
            assertThat(texts(notice.getRow(3))).containsExactly("序号", "维度", "问题", "位置", "原文", "整改建议", "扣分", "整改情况");
            List<Finding> findings = unit.tables().stream().flatMap(t -> t.findings().stream()).toList();
            assertThat(notice.getLastRowNum()).isEqualTo(3 + findings.size());
            for (int i = 0; i < findings.size(); i++) {
                Row row = notice.getRow(4 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(Labels.dimension(findings.get(i).dimension()));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(findings.get(i).evidence() == null ? "" : findings.get(i).evidence());
                assertThat(row.getCell(5).getStringCellValue()).startsWith("=");
                assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(findings.get(i).points().doubleValue());
            }
            assertThat(notice.getRow(0).getCell(0).getStringCellValue()).startsWith(ReportFixtures.HOSTILE_NAME);
            Sheet scores = book.getSheet("审核得分");
            assertThat(scores.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(unit.total().doubleValue());
            assertNoFormulaCells(book);
        }
    }

    static void assertNoFormulaCells(XSSFWorkbook book) {
        book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
