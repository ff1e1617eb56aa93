package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Workbook;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.AmountCheck;
import org.perfreview.contracts.report.CityReport.NotFiled;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.report.export.Labels;

import java.util.List;

import static org.perfreview.report.export.xlsx.CityWorkbookRenderer.list;

/** The three check lists of the city workbook: 不合格名单, 未报送单位, 金额核对. */
final class CheckSheets {
    static final String FAILING = "不合格名单";
    static final String NOT_FILED = "未报送单位";
    static final String AMOUNTS = "金额核对";

    private CheckSheets() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, CityReport report) {
        SheetWriter failing = new SheetWriter(workbook.createSheet(FAILING), styles, 0,
                List.of("序号", "单位编码", "单位名称", "表类型", "项目名称", "总分"), 6, 10, 30, 14, 28, 8);
        int seq = 0;
        for (UnitRow r : list(report.failingUnits())) {
            failing.nextRow().integer(++seq).text(r.unitCode()).text(r.unitName()).text(Labels.kind(r.tableKind()))
                    .text(r.tableKey()).number(r.total());
        }
        failing.finish();

        SheetWriter notFiled = new SheetWriter(workbook.createSheet(NOT_FILED), styles, 0,
                List.of("控制数序号", "单位编码", "单位名称", "控制数（万元）"), 10, 10, 32, 16);
        for (NotFiled n : list(report.notFiled())) {
            notFiled.nextRow().text(n.seq()).text(n.unitCode()).text(n.unitName()).money(n.controlAmount());
        }
        notFiled.finish();

        SheetWriter amounts = new SheetWriter(workbook.createSheet(AMOUNTS), styles, 0,
                List.of("单位编码", "单位名称", "申报资金总额（万元）", "控制数（万元）", "差额（万元）"), 10, 32, 18, 16, 14);
        for (AmountCheck a : list(report.amountChecks())) {
            amounts.nextRow().text(a.unitCode()).text(a.unitName()).money(a.filed()).money(a.control()).money(a.difference());
        }
        amounts.finish();
    }
}
