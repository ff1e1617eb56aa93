package org.perfreview.intake.parse;

import org.perfreview.contracts.table.NormalizedTable;

/** One unit's (or project's) table as read, with the sheet and row where it starts. */
public record ParsedTable(NormalizedTable table, String sheet, int firstRow) {
}
