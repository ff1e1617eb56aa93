package org.perfreview.bench.parse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A compiled city volume in the overall-target layout: one sheet, the template's title rows and 3-row merged
 * header, then unit after unit with the unit cells (code, name, amounts, goal) on the unit's first row and one
 * indicator per row, until {@code rows} indicator rows are written. Unit {@code i} repeats the goal and
 * indicators of real sample table {@code i mod n} under its own code and name. Written with SXSSF and a shared
 * strings table, as Excel writes it, so memory stays low while generating 100,000 rows.
 */
public final class SyntheticSheet {

    private static final String[] HEADER_3 = {"单位编码", "单位名称", "年度预算申请", "", "", "", "", "", "", "整体绩效目标",
            "部门整体支出年度绩效目标"};
    private static final String[] HEADER_4 = {"", "", "资金总额", "按收入性质分", "", "", "", "按支出性质分", "", "",
            "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评(扣)分标准", "备注"};
    private static final String[] HEADER_5 = {"", "", "", "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金",
            "基本支出", "项目支出"};
    private static final String[] MERGES = {"A1:S1", "A2:S2", "A3:A5", "B3:B5", "C3:I3", "C4:C5", "D4:G4", "H4:I4",
            "J3:J5", "K3:S3", "K4:K5", "L4:L5", "M4:M5", "N4:N5", "O4:O5", "P4:P5", "Q4:Q5", "R4:R5", "S4:S5"};

    private SyntheticSheet() {
    }

    /** Writes the workbook to {@code file}; returns the number of units written. */
    public static int write(Path file, int rows, List<NormalizedTable> templates) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("整体支出绩效目标");
            header(sheet);
            int next = 5;
            int written = 0;
            int unit = 0;
            while (written < rows) {
                NormalizedTable t = templates.get(unit % templates.size());
                List<Indicator> indicators = t.indicators();
                int count = Math.min(indicators.size(), rows - written);
                for (int k = 0; k < count; k++) {
                    Row row = sheet.createRow(next++);
                    if (k == 0) {
                        unitCells(row, t, unit);
                    }
                    indicatorCells(row, indicators.get(k), k == 0 ? null : indicators.get(k - 1));
                }
                written += count;
                unit++;
            }
            workbook.write(out);
            return unit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void header(SXSSFSheet sheet) {
        sheet.createRow(0).createCell(0).setCellValue("整体支出绩效目标表");
        sheet.createRow(1).createCell(0).setCellValue("金额单位：万元");
        texts(sheet.createRow(2), HEADER_3);
        texts(sheet.createRow(3), HEADER_4);
        texts(sheet.createRow(4), HEADER_5);
        for (String ref : MERGES) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(ref));
        }
    }

    private static void texts(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static void unitCells(Row row, NormalizedTable t, int unit) {
        row.createCell(0).setCellValue(SyntheticUnits.code(unit));
        row.createCell(1).setCellValue(SyntheticUnits.name(t.unitNameValue(), unit));
        Funds f = t.funds();
        if (f != null) {
            Amount[] amounts = {f.total(), f.generalBudget(), f.govFund(), f.specialAccount(), f.other(), f.basic(), f.project()};
            for (int c = 0; c < amounts.length; c++) {
                amount(row.createCell(2 + c), amounts[c]);
            }
        }
        String goal = t.goals() == null || t.goals().isEmpty() ? "" : raw(t.goals().get(0).text());
        row.createCell(9).setCellValue(goal);
    }

    /** Level cells only where they change, as Excel keeps a merged run (value in its top cell). */
    private static void indicatorCells(Row row, Indicator i, Indicator previous) {
        boolean sameLevel1 = previous != null && i.level1Value().equals(previous.level1Value());
        boolean sameLevel2 = sameLevel1 && i.level2Value().equals(previous.level2Value());
        Text[] cells = {sameLevel1 ? null : i.level1(), sameLevel2 ? null : i.level2(), i.name(), i.operator(),
                i.value(), i.unit(), i.explanation(), i.scoringRule(), i.remark()};
        for (int c = 0; c < cells.length; c++) {
            String text = raw(cells[c]);
            if (!text.isEmpty()) {
                row.createCell(10 + c).setCellValue(text);
            }
        }
    }

    private static void amount(Cell cell, Amount a) {
        if (a == null) {
            return;
        }
        if (a.value() != null) {
            cell.setCellValue(a.value().doubleValue());
        } else if (a.raw() != null && !a.raw().isBlank()) {
            cell.setCellValue(a.raw());
        }
    }

    private static String raw(Text t) {
        if (t == null) {
            return "";
        }
        return t.raw() != null ? t.raw() : t.value() == null ? "" : t.value();
    }
}
