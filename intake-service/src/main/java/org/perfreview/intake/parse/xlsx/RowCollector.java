package org.perfreview.intake.parse.xlsx;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.perfreview.contracts.table.Position;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.CellText;

import java.util.Arrays;

/** Gathers each row's cells from POI's SAX callbacks and passes them on, merged values not yet filled. */
final class RowCollector implements SheetContentsHandler {

    /** Where a row's cells go: merged values filled and handed on, or kept until the sheet's merges are known. */
    interface RowSink {
        void row(int number, CellText[] cells);
    }

    private final String sheet;
    private final RowSink sink;
    private final ReaderLimits limits;
    private CellText[] cells = new CellText[32];
    private int width;
    private int rows;
    private int nextColumn;
    private int currentRow;

    /** Thrown through POI when a limit is crossed; unwrapped by {@link XlsxRowSource}. */
    static final class LimitSignal extends RuntimeException {
        LimitSignal(String message) {
            super(message, null, false, false);
        }
    }

    RowCollector(String sheet, RowSink sink, ReaderLimits limits) {
        this.sheet = sheet;
        this.sink = sink;
        this.limits = limits;
    }

    @Override
    public void startRow(int rowNum) {
        if (++rows > limits.maxRowsPerSheet()) {
            throw new LimitSignal("工作表“" + sheet + "”超过 " + limits.maxRowsPerSheet() + " 行上限");
        }
        Arrays.fill(cells, 0, width, null);
        width = 0;
        nextColumn = 1;
        currentRow = rowNum + 1;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // A cell without r= follows the previous one (allowed by the format, written by some generators).
        int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol() + 1;
        nextColumn = column + 1;
        if (column > limits.maxColumns() || formattedValue == null) {
            return;
        }
        if (formattedValue.length() > limits.maxCellChars()) {
            throw new LimitSignal("单元格 " + sheet + "!" + cellReference + " 超过 " + limits.maxCellChars() + " 个字符上限");
        }
        if (column > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column, cells.length * 2));
        }
        cells[column - 1] = CellText.of(formattedValue, new Position(sheet, currentRow, column));
        width = Math.max(width, column);
    }

    @Override
    public void endRow(int rowNum) {
        sink.row(currentRow, Arrays.copyOf(cells, width));
    }
}
