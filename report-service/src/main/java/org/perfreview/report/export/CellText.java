package org.perfreview.report.export;

/**
 * Text from units that a spreadsheet would take for a formula: it starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab / carriage return, which some tools strip first), also in full width. The XLSX exports store
 * every text as a string cell, which Excel never evaluates, and mark these with the cell style's quote prefix, so
 * re-entering or re-exporting the cell keeps it text (OWASP "CSV injection") while the text shows as filed.
 */
public final class CellText {
    private CellText() {
    }

    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
