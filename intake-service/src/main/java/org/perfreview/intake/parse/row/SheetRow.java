package org.perfreview.intake.parse.row;

import org.perfreview.contracts.table.Position;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of a sheet (or Word table, or CSV file): cells by 1-based column, merged values filled in. */
public final class SheetRow {

    private final String sheet;
    private final int number;
    private final CellText[] cells;

    /** @param cells cells by column, index 0 = column 1; null entries are empty cells */
    public SheetRow(String sheet, int number, CellText[] cells) {
        this.sheet = sheet;
        this.number = number;
        this.cells = cells;
    }

    public String sheet() {
        return sheet;
    }

    public int number() {
        return number;
    }

    public int width() {
        return cells.length;
    }

    /** The cell at a 1-based column; an empty cell (raw null) when nothing is there. */
    public CellText cell(int column) {
        CellText c = column >= 1 && column <= cells.length ? cells[column - 1] : null;
        if (c != null) {
            return c;
        }
        Position at = new Position(sheet, number, column);
        return new CellText(null, at, at);
    }

    public boolean isBlank() {
        for (CellText c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Non-blank cells, left to right, merged copies included. */
    public List<CellText> nonBlank() {
        List<CellText> out = new ArrayList<>();
        for (CellText c : cells) {
            if (c != null && !c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Non-blank cells that carry their own text (not copies of a merged region's top-left cell). */
    public List<CellText> nonBlankOrigins() {
        List<CellText> out = new ArrayList<>();
        for (CellText c : cells) {
            if (c != null && !c.isBlank() && !c.mergedCopy()) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return sheet + "!" + number + Arrays.toString(cells);
    }
}
