package org.perfreview.intake.parse;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

/** Renders an .xlsx fixture as .xls (cells and merges) or as CSV (first sheet, merged values only in the top-left cell). */
final class WorkbookConverter {

    private WorkbookConverter() {
    }

    static byte[] toXls(Path xlsx) throws IOException {
        try (Workbook source = new XSSFWorkbook(xlsx.toFile()); HSSFWorkbook target = new HSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet s : source) {
                Sheet t = target.createSheet(s.getSheetName());
                for (Row row : s) {
                    Row copy = t.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell c = copy.createCell(cell.getColumnIndex());
                        if (cell.getCellType() == CellType.NUMERIC) {
                            c.setCellValue(cell.getNumericCellValue());
                        } else {
                            c.setCellValue(cell.getStringCellValue());
                        }
                    }
                }
                for (CellRangeAddress r : s.getMergedRegions()) {
                    t.addMergedRegion(r);
                }
            }
            target.write(out);
            return out.toByteArray();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static byte[] toCsv(Path xlsx, Charset charset, boolean bom) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
        try (Workbook source = new XSSFWorkbook(xlsx.toFile())) {
            Sheet s = source.getSheetAt(0);
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                int width = row == null ? 0 : row.getLastCellNum();
                for (int c = 0; c < width; c++) {
                    csv.append(c == 0 ? "" : ",").append(quote(formatter.formatCellValue(row.getCell(c))));
                }
                csv.append("\r\n");
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return csv.toString().getBytes(charset);
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
