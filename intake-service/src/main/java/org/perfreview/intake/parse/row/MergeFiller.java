package org.perfreview.intake.parse.row;

import org.perfreview.contracts.table.Position;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Applies a sheet's merged regions to its rows as they stream by (ascending row numbers): every cell of a
 * region gets the top-left cell's text, marked as a copy of that origin. Only the regions covering the
 * current row are held, so memory follows the regions open at one time, not the sheet's length.
 */
public final class MergeFiller {

    private final MergeRegions regions;
    private final int maxColumns;
    private final List<Active> active = new ArrayList<>();
    private int next;

    private static final class Active {
        final int region;
        CellText origin;

        Active(int region) {
            this.region = region;
        }
    }

    public MergeFiller(MergeRegions regions, int maxColumns) {
        this.regions = regions.sorted();
        this.maxColumns = maxColumns;
    }

    /**
     * @param cells the row's own cells by column (index 0 = column 1, null = empty); may be replaced by a wider array
     * @return the row with merged values filled in
     */
    public SheetRow fill(String sheet, int rowNumber, CellText[] cells) {
        open(rowNumber);
        if (active.isEmpty()) {
            return new SheetRow(sheet, rowNumber, cells);
        }
        int width = cells.length;
        for (Active a : active) {
            width = Math.max(width, Math.min(regions.lastCol(a.region), maxColumns));
        }
        CellText[] out = width == cells.length ? cells : Arrays.copyOf(cells, width);
        for (Active a : active) {
            int r = a.region;
            int firstCol = regions.firstCol(r);
            if (firstCol > maxColumns) {
                continue;
            }
            if (rowNumber == regions.firstRow(r)) {
                CellText own = out[firstCol - 1];
                a.origin = own != null ? own : CellText.of(null, new Position(sheet, rowNumber, firstCol));
            }
            if (a.origin == null) {
                // The region's first row had no cells at all: nothing to copy.
                a.origin = CellText.of(null, new Position(sheet, regions.firstRow(r), firstCol));
            }
            int lastCol = Math.min(regions.lastCol(r), maxColumns);
            for (int c = firstCol; c <= lastCol; c++) {
                if (rowNumber == regions.firstRow(r) && c == firstCol) {
                    continue;
                }
                out[c - 1] = new CellText(a.origin.raw(), new Position(sheet, rowNumber, c), a.origin.at());
            }
        }
        return new SheetRow(sheet, rowNumber, out);
    }

    private void open(int rowNumber) {
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            if (regions.lastRow(it.next().region) < rowNumber) {
                it.remove();
            }
        }
        while (next < regions.size() && regions.firstRow(next) <= rowNumber) {
            if (regions.lastRow(next) >= rowNumber) {
                active.add(new Active(next));
            }
            next++;
        }
    }
}
