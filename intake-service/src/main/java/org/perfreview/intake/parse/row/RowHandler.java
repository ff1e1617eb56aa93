package org.perfreview.intake.parse.row;

/** Receives the common row stream every format reader produces, sheet by sheet, rows in ascending order. */
public interface RowHandler {

    void startSheet(String name);

    void row(SheetRow row);

    void endSheet();
}
