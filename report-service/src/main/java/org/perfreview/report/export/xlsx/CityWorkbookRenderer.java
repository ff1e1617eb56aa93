package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.export.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * The city workbook: 审核情况表 (score sheet, seed column order), 问题清单 (every finding of the given
 * current cards), 部门汇总, 等级分布 (with a native column chart), 不合格名单, 未报送单位, 金额核对.
 * Large sheets are streamed (SXSSF), so a 10,000-unit batch does not hold every cell in memory.
 */
public final class CityWorkbookRenderer {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SCORE_SHEET = "审核情况表";
    static final String DEPARTMENTS = "部门汇总";
    private static final int ROW_WINDOW = 200;

    /** @param currentCards the batch's current cards (whole, in list order; see {@code Aggregates.currentCards}) for 问题清单 */
    public byte[] render(CityReport report, Iterable<ScoreCard> currentCards) {
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        GradeDistributionSheet.write(base.createSheet(GradeDistributionSheet.NAME), styles, report);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, ROW_WINDOW);
        scoreSheet(workbook.createSheet(SCORE_SHEET), styles, report);
        FindingListSheet.write(workbook.createSheet(FindingListSheet.NAME), styles, currentCards);
        departments(workbook.createSheet(DEPARTMENTS), styles, report);
        CheckSheets.write(workbook, styles, report);
        order(workbook, SCORE_SHEET, FindingListSheet.NAME, DEPARTMENTS, GradeDistributionSheet.NAME);
        return WorkbookStyles.toBytes(workbook);
    }

    private static void scoreSheet(Sheet sheet, WorkbookStyles styles, CityReport report) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("附件1 审核情况表" + (report.region() == null ? "" : "（" + report.region() + "）"));
        title.setCellStyle(styles.title());
        List<String> headers = new ArrayList<>(List.of("序号", "单位名称"));
        headers.addAll(Labels.sheetHeaders());
        headers.addAll(List.of("等级", "单位编码", "控制数序号", "申报资金总额（万元）"));
        SheetWriter writer = new SheetWriter(sheet, styles, 1, headers, 6, 32, 9, 9, 11, 11, 11, 9, 9, 9, 8, 8, 10, 10, 16);
        int rank = 0;
        for (UnitRow row : list(report.scoreSheet())) {
            writer.nextRow().integer(++rank).text(row.unitName());
            for (Dimension d : Dimension.values()) {
                writer.number(row.dimensions() == null ? null : row.dimensions().get(d.key()));
            }
            writer.number(row.total()).text(row.grade()).text(row.unitCode()).text(row.seq()).money(row.amount());
        }
        writer.finish();
    }

    private static void departments(Sheet sheet, WorkbookStyles styles, CityReport report) {
        SheetWriter writer = new SheetWriter(sheet, styles, 0,
                List.of("序号", "部门编码", "部门名称", "已报送单位", "申报资金（万元）", "平均得分", "最低等级"), 6, 10, 30, 10, 16, 10, 10);
        for (CityReport.DepartmentRollup d : list(report.departments())) {
            writer.nextRow().text(d.seq()).text(d.code()).text(d.name()).integer(list(d.units()).size())
                    .money(d.amount()).number(d.averageScore()).text(d.worstGrade());
        }
        writer.finish();
    }

    private static void order(Workbook workbook, String... names) {
        for (int i = 0; i < names.length; i++) {
            workbook.setSheetOrder(names[i], i);
        }
        workbook.setActiveSheet(0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
