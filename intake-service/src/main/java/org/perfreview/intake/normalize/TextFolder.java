package org.perfreview.intake.normalize;

/**
 * Folds the whitespace of a cell into what rules read: ends trimmed (ideographic and no-break spaces too),
 * a run of spaces becomes one space, and a line break joins the two lines directly (Chinese text broken in a
 * narrow cell, {@code 经济效⏎益指标}) unless both neighbours are ASCII letters or digits.
 */
public final class TextFolder {

    private TextFolder() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The folded text, or null for null; never null for a non-null input (blank folds to ""). */
    public static String fold(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            int j = i;
            while (j < end && isSpace(raw.charAt(j))) {
                lineBreak |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                j++;
            }
            char before = raw.charAt(i - 1);
            char after = raw.charAt(j);
            if (!lineBreak || (isAsciiAlnum(before) && isAsciiAlnum(after))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /** The text with every whitespace character removed (codes, numbers, canonical forms). */
    public static String squeeze(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
