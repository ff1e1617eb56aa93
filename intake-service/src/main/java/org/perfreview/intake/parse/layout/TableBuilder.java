package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.intake.parse.row.SheetRow;

/** Collects one unit's table from the row stream; the segmenter decides where tables start and end. */
interface TableBuilder {

    /** Takes the row, or returns false when the row already belongs to the next table (this one is complete). */
    boolean accept(SheetRow row);

    /** True once a body row was read: a header with nothing under it is not a table. */
    boolean hasContent();

    NormalizedTable build(Heading heading);

    int firstRow();

    /** After {@link #accept} refused a row: a builder for the next unit under the same header, or null. */
    default TableBuilder successor() {
        return null;
    }
}
