package org.perfreview.intake.normalize;

/**
 * Maps full-width ASCII variants (U+FF01..U+FF5E: {@code ９５％ ＜ ，}) and the ideographic space to their
 * ASCII forms, so numbers and operators typed with a Chinese input method parse like the ASCII ones.
 */
public final class NarrowForms {

    private NarrowForms() {
    }

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = narrow(c);
            if (n != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(n);
            }
        }
        return out == null ? s : out.toString();
    }

    static char narrow(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
