package org.perfreview.contracts.table;

import jakarta.validation.constraints.Min;

/** Where a value was read: sheet (or Word table / CSV), 1-based row and column. */
public record Position(String sheet, @Min(0) int row, @Min(0) int column) {

    /** Spreadsheet-style reference such as {@code C12}. */
    public String ref() {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + Integer.toString(row);
    }
}
