package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The few cell styles the workbooks use (a workbook holds at most 64,000 styles: create them once). */
final class WorkbookStyles {
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle money;
    private final CellStyle title;
    private final Workbook workbook;
    private CellStyle quotedText;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(workbook);
        text.setWrapText(true);
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        money = bordered(workbook);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    /** The text style with the quote prefix: the cell stays text when edited or re-exported, no apostrophe shows. */
    CellStyle quotedText() {
        if (quotedText == null) {
            quotedText = quoted(text, workbook);
        }
        return quotedText;
    }

    /** A copy of {@code base} with the quote prefix. */
    static CellStyle quoted(CellStyle base, Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }

    CellStyle number() {
        return number;
    }

    CellStyle money() {
        return money;
    }

    CellStyle title() {
        return title;
    }

    /** Writes and closes the workbook (a streaming workbook also deletes its temporary files). */
    static byte[] toBytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
