package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.perfreview.report.export.CellText;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes one sheet as a list: a header row, then rows left to right. Every text goes through
 * a string cell (formula-like text
 * quote-prefixed, see {@link CellText}); numbers are numeric cells (blank when unknown) so sums and filters work.
 */
final class SheetWriter {
    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int headerRow;
    private final int columns;
    private Row row;
    private int column;

    /** Rows above {@code headerRow} are left to the caller (a title line). */
    SheetWriter(Sheet sheet, WorkbookStyles styles, int headerRow, List<String> headers, int... widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.columns = headers.size();
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 12));
        }
        this.row = header;
    }

    SheetWriter nextRow() {
        row = sheet.createRow(row.getRowNum() + 1);
        column = 0;
        return this;
    }

    SheetWriter text(String value) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(CellText.formulaLike(value) ? styles.quotedText() : styles.text());
        return this;
    }

    SheetWriter number(BigDecimal value) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(styles.number());
        return this;
    }

    SheetWriter money(BigDecimal value) {
        number(value);
        row.getCell(column - 1).setCellStyle(styles.money());
        return this;
    }

    SheetWriter integer(int value) {
        return number(BigDecimal.valueOf(value));
    }

    /** Header stays in view; filters on every column when there are rows. */
    void finish() {
        sheet.createFreezePane(0, headerRow + 1);
        if (row.getRowNum() > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, row.getRowNum(), 0, columns - 1));
        }
    }
}
