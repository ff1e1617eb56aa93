package org.perfreview.intake.parse.xls;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfreview.contracts.table.Position;
import org.perfreview.intake.parse.LimitExceededException;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.MergeFiller;
import org.perfreview.intake.parse.row.MergeRegions;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Reads an .xls (BIFF8) with POI HSSF, in memory (the format caps a sheet at 65,536 rows), into the row stream. */
public final class XlsRowSource implements RowSource {

    private final ReaderLimits limits;

    public XlsRowSource(ReaderLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                String name = sheet.getSheetName();
                if (sheet.getPhysicalNumberOfRows() > limits.maxRowsPerSheet()) {
                    throw new LimitExceededException("工作表“" + name + "”超过 " + limits.maxRowsPerSheet() + " 行上限");
                }
                handler.startSheet(name);
                MergeFiller filler = new MergeFiller(merges(sheet), limits.maxColumns());
                for (Row row : sheet) {
                    handler.row(filler.fill(name, row.getRowNum() + 1, cells(name, row, formatter)));
                }
                handler.endSheet();
            }
        }
    }

    private CellText[] cells(String sheet, Row row, DataFormatter formatter) throws LimitExceededException {
        int width = Math.min(Math.max(row.getLastCellNum(), 0), limits.maxColumns());
        CellText[] cells = new CellText[width];
        for (Cell cell : row) {
            int column = cell.getColumnIndex() + 1;
            if (column > width) {
                continue;
            }
            String text = text(cell, formatter);
            if (text.length() > limits.maxCellChars()) {
                throw new LimitExceededException("单元格 " + sheet + "!" + cell.getAddress() + " 超过 "
                        + limits.maxCellChars() + " 个字符上限");
            }
            cells[column - 1] = CellText.of(text, new Position(sheet, row.getRowNum() + 1, column));
        }
        return Arrays.copyOf(cells, width);
    }

    /** The text Excel shows; a formula shows its cached result, never the formula. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> "";
        };
    }

    private static MergeRegions merges(Sheet sheet) {
        MergeRegions regions = new MergeRegions();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            regions.add(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn() + 1, r.getLastColumn() + 1);
        }
        return regions;
    }
}
