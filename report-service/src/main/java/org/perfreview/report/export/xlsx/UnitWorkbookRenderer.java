package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.report.UnitReport.TableScore;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.report.export.CellText;
import org.perfreview.report.export.Labels;
import org.perfreview.report.export.UnitView;
import org.perfreview.report.export.UnitView.FindingGroup;
import org.perfreview.report.export.UnitView.FindingLine;
import org.perfreview.report.export.UnitViewFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit's 整改通知 workbook: one row per finding of its current tables (序号, 维度, 问题, 位置, 原文,
 * 整改建议, 扣分, and an empty 整改情况 column for the unit to fill in), numbered as on the unit page;
 * a second sheet 审核得分 with each table's points.
 */
public final class UnitWorkbookRenderer {
    public static final String MEDIA_TYPE = CityWorkbookRenderer.MEDIA_TYPE;
    static final String NOTICE = "整改通知";
    static final String SCORES = "审核得分";
    static final List<String> NOTICE_HEADERS = List.of("序号", "维度", "问题", "位置", "原文", "整改建议", "扣分", "整改情况");

    public byte[] render(UnitReport report) {
        UnitView view = UnitViewFactory.of(report);
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        notice(workbook.createSheet(NOTICE), styles, view);
        scores(workbook.createSheet(SCORES), styles, report);
        return WorkbookStyles.toBytes(workbook);
    }

    private static void notice(XSSFSheet sheet, WorkbookStyles styles, UnitView view) {
        line(sheet, 0, view.unitName() + " 预算绩效目标审核整改通知").setCellStyle(styles.title());
        line(sheet, 1, "单位编码：" + view.unitCode() + "　审核等级：" + view.grade() + "　总分：" + view.total()
                + "　处理意见：" + view.action() + "　问题 " + view.findingCount() + " 项（一次性告知，请逐条整改后重新报送）");
        SheetWriter writer = new SheetWriter(sheet, styles, 3, NOTICE_HEADERS, 6, 14, 28, 30, 48, 44, 6, 30);
        boolean severalTables = view.tables().size() > 1;
        for (UnitView.Table table : view.tables()) {
            String prefix = severalTables ? tableName(table.kindLabel(), table.tableKey()) + " " : "";
            for (FindingGroup group : table.groups()) {
                for (FindingLine f : group.findings()) {
                    writer.nextRow().integer(f.seq()).text(group.dimension()).text(f.title()).text(prefix + f.location())
                            .text(f.evidence()).text(f.fix()).number(f.deducted()).text(null);
                }
            }
        }
        writer.finish();
    }

    private static void scores(XSSFSheet sheet, WorkbookStyles styles, UnitReport report) {
        List<String> headers = new ArrayList<>(List.of("表格", "版本"));
        headers.addAll(Labels.sheetHeaders());
        headers.add("等级");
        SheetWriter writer = new SheetWriter(sheet, styles, 0, headers, 36, 6);
        for (TableScore table : report.tables() == null ? List.<TableScore>of() : report.tables()) {
            writer.nextRow().text(tableName(Labels.kind(table.tableKind()), table.tableKey())).integer(table.version());
            for (Dimension d : Dimension.values()) {
                writer.number(table.dimensions() == null ? null : table.dimensions().get(d.key()));
            }
            writer.number(table.total()).text(table.grade());
        }
        writer.finish();
    }

    private static String tableName(String kindLabel, String tableKey) {
        return kindLabel + (tableKey == null ? "" : "《" + tableKey + "》");
    }

    private static Cell line(XSSFSheet sheet, int rowIndex, String text) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        if (CellText.formulaLike(text)) {
            cell.setCellStyle(WorkbookStyles.quoted(cell.getCellStyle(), sheet.getWorkbook()));
        }
        return cell;
    }
}
