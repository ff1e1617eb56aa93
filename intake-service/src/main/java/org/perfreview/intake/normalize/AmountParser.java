package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Position;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads money and counts as filed: thousands separators ({@code 2,051.95}), full-width digits, numbers stored
 * as text, a {@code 万元} suffix, stray spaces; blanks and placeholders read as null. The raw text is kept.
 */
public final class AmountParser {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private AmountParser() {
    }

    public static Amount amount(String raw, Position at) {
        return new Amount(parse(raw), raw, at);
    }

    /** The number, or null when the text is blank, a placeholder or not a number. */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextFolder.squeeze(NarrowForms.of(raw));
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return null;
        }
        s = stripSuffix(stripSuffix(s, "万元"), "万");
        boolean negative = s.length() > 2 && s.startsWith("(") && s.endsWith(")");
        if (negative) {
            s = s.substring(1, s.length() - 1);
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(s);
        return negative ? value.negate() : value;
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : s;
    }
}
