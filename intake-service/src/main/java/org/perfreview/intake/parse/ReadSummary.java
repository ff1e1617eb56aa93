package org.perfreview.intake.parse;

import org.perfreview.contracts.table.ParseNote;

import java.util.List;

/**
 * What a read found: the detected format, how many sheets (Word tables, CSV files) and unit tables were read,
 * and file-level notes (sheets without a recognisable table ...). Table-level notes travel in each table.
 */
public record ReadSummary(FileFormat format, int sheets, int tables, List<ParseNote> notes) {
}
