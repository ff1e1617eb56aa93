package org.perfreview.intake.normalize;

/**
 * The comparable form of operator + value + unit defined by the fixtures README: concatenate the three cells,
 * drop spaces, and map the comparison words to symbols (大于等于/不低于/不少于 → ≥, 小于等于/不高于/不超过 → ≤,
 * 大于 → &gt;, 小于 → &lt;, 等于 → =). Full-width ASCII forms are narrowed and {@code >=}/{@code <=} become
 * ≥/≤ as well, so (≥, 95, %), (blank, ≥95%, blank) and (大于等于, 95%, blank) all read {@code ≥95%}.
 */
public final class CanonicalTarget {

    private CanonicalTarget() {
    }

    public static String of(String operator, String value, String unit) {
        String joined = nullToEmpty(operator) + nullToEmpty(value) + nullToEmpty(unit);
        String s = TextFolder.squeeze(NarrowForms.of(joined))
                .replace('≧', '≥').replace('≦', '≤');
        return OperatorWords.wordsToSymbols(s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
