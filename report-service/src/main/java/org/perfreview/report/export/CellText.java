package org.perfreview.report.export;

/**
 * Guards text from units before it goes into a spreadsheet cell. A cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab / carriage return, which some tools strip first) is read
 * as a formula when the sheet is re-exported to CSV and opened again; a leading single quote makes
 * every spreadsheet treat it as text (OWASP "CSV injection").
 */
public final class CellText {
    private CellText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
        return risky ? "'" + text : text;
    }
}
