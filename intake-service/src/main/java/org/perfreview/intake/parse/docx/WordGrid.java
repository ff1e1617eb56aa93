package org.perfreview.intake.parse.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfreview.contracts.table.Position;
import org.perfreview.intake.parse.LimitExceededException;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays Word table rows on the grid: a cell spanning {@code w:gridSpan} columns fills each of them, a
 * {@code w:vMerge} continuation cell takes the text of the region's first cell above; copies point at that
 * origin, like merged regions in a sheet.
 */
final class WordGrid {

    private final String sheet;
    private final ReaderLimits limits;
    /** Column → the cell that opened the vertical merge running through it. */
    private final Map<Integer, CellText> verticalOrigins = new HashMap<>();

    WordGrid(String sheet, ReaderLimits limits) {
        this.sheet = sheet;
        this.limits = limits;
    }

    SheetRow row(int rowNumber, XWPFTableRow row) throws LimitExceededException {
        CellText[] cells = new CellText[8];
        int column = 1;
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            int span = span(pr);
            CTVMerge vMerge = pr == null ? null : pr.getVMerge();
            boolean continuation = vMerge != null && (vMerge.getVal() == null || vMerge.getVal() == STMerge.CONTINUE);
            CellText origin = continuation ? verticalOrigins.get(column) : null;
            if (origin == null) {
                origin = CellText.of(text(cell), new Position(sheet, rowNumber, column));
            }
            for (int c = column; c < column + span && c <= limits.maxColumns(); c++) {
                if (c > cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(c, cells.length * 2));
                }
                Position at = new Position(sheet, rowNumber, c);
                cells[c - 1] = new CellText(origin.raw(), at, origin.origin());
                if (vMerge != null) {
                    verticalOrigins.put(c, origin);
                } else {
                    verticalOrigins.remove(c);
                }
            }
            column += span;
        }
        return new SheetRow(sheet, rowNumber, Arrays.copyOf(cells, Math.min(column - 1, limits.maxColumns())));
    }

    private String text(XWPFTableCell cell) throws LimitExceededException {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(paragraphs.get(i).getText());
            if (out.length() > limits.maxCellChars()) {
                throw new LimitExceededException("Word 表格“" + sheet + "”中的单元格超过 " + limits.maxCellChars() + " 个字符上限");
            }
        }
        return out.toString();
    }

    private static int span(CTTcPr pr) {
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        Object val = pr.getGridSpan().getVal();
        int span = val instanceof BigInteger b ? b.intValue() : 1;
        return Math.max(1, Math.min(span, 512));
    }
}
