package org.perfreview.scoring.rules;

/**
 * Text folding shared by the checks: what two cells must agree on to count as "the same text". Written as
 * plain character loops: every check calls these on every row, so they must not cost a regex each time.
 */
public final class Texts {

    /** Punctuation and symbols that never decide whether two texts say the same thing. */
    private static final String PUNCT = "。，、；：,.;:!?！？“”\"'‘’（）()《》<>【】[]{}—-_…·~～|/\\";

    private Texts() {
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    /** Whitespace removed: PDF and Excel line breaks split words at random. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (space(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whitespace and punctuation removed, lower case, for equality of texts. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!space(c) && PUNCT.indexOf(c) < 0) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** True for text with no letter, digit, Chinese character or unit sign (%, ㎡): "=", "≥", "-", "/", blanks. */
    public static boolean symbolOnly(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || "%％‰㎡℃".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Number of Chinese characters, letters and digits: the length a reader perceives. */
    public static int length(String s) {
        return key(s).length();
    }

    /** The text clipped for quoting as evidence. */
    public static String clip(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
