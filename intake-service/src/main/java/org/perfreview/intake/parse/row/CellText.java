package org.perfreview.intake.parse.row;

import org.perfreview.contracts.table.Position;
import org.perfreview.intake.normalize.RawCell;
import org.perfreview.intake.normalize.TextFolder;
import org.perfreview.support.web.Inputs;

/**
 * One cell of the common row stream: its text as filed, where it sits, and the top-left cell of the merged
 * region it belongs to ({@code origin == at} for a cell that is not merged or is the region's top-left cell).
 * A merged region's value applies to every cell of the region, as a reader of the printed table sees it.
 */
public record CellText(String raw, Position at, Position origin) {

    /** Control characters (an xlsx {@code _x0000_} escape, a NUL in a CSV) never reach the table, its events or the database. */
    public CellText {
        raw = Inputs.withoutControlCharacters(raw);
    }

    public static CellText of(String raw, Position at) {
        return new CellText(raw, at, at);
    }

    public boolean isBlank() {
        return TextFolder.isBlank(raw);
    }

    /** True when the text was copied from the top-left cell of a merged region (gridSpan, vMerge, mergeCells). */
    public boolean mergedCopy() {
        return !origin.equals(at);
    }

    /** The cell as read: a merged copy points at the origin cell the text came from. */
    public RawCell source() {
        return new RawCell(raw, origin);
    }
}
