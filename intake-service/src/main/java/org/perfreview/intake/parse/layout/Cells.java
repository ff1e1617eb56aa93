package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.AmountParser;
import org.perfreview.intake.normalize.RawCell;
import org.perfreview.intake.normalize.TextFolder;
import org.perfreview.intake.normalize.UnitCodeNormalizer;
import org.perfreview.intake.parse.row.CellText;

/**
 * Turns cells into contract values. An empty cell of an existing column reads as raw {@code ""}; a merged
 * copy is reported at the region's top-left cell, where the text was filed.
 */
final class Cells {

    private Cells() {
    }

    static RawCell raw(CellText cell) {
        return new RawCell(cell.raw() == null ? "" : cell.raw(), cell.origin());
    }

    static Text text(CellText cell) {
        String raw = cell.raw() == null ? "" : cell.raw();
        return new Text(TextFolder.fold(raw), raw, cell.origin());
    }

    static Amount amount(CellText cell) {
        String raw = cell.raw() == null ? "" : cell.raw();
        return AmountParser.amount(raw, cell.origin());
    }

    static Text unitCode(CellText cell) {
        String raw = cell.raw() == null ? "" : cell.raw();
        return new Text(UnitCodeNormalizer.normalize(raw), raw, cell.origin());
    }

    static String key(CellText cell) {
        return Labels.key(cell.raw());
    }
}
