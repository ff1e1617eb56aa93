package org.perfreview.intake.parse;

/**
 * The fixtures README's comparison form of operator + value + unit, written independently of the production
 * normalizer: concatenate, drop whitespace, map the comparison words to symbols. Like the production form it
 * also narrows full-width ASCII and maps the digraphs {@code >=}/{@code <=}.
 */
final class ReadmeCanonical {

    private static final String[][] WORDS = {
            {"大于等于", "≥"}, {"不低于", "≥"}, {"不少于", "≥"},
            {"小于等于", "≤"}, {"不高于", "≤"}, {"不超过", "≤"},
            {"大于", ">"}, {"小于", "<"}, {"等于", "="}, {">=", "≥"}, {"<=", "≤"}};

    private ReadmeCanonical() {
    }

    static String of(String operator, String value, String unit) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[]{operator, value, unit}) {
            if (part == null) {
                continue;
            }
            for (char c : part.toCharArray()) {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    continue;
                }
                b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
            }
        }
        String s = b.toString();
        for (String[] w : WORDS) {
            s = s.replace(w[0], w[1]);
        }
        return s;
    }

    /** Whitespace-insensitive text comparison key. */
    static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
