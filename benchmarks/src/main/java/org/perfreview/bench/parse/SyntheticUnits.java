package org.perfreview.bench.parse;

/**
 * Identities of synthetic units: distinct 6-digit codes (department {@code 100 + i/100}, unit {@code i%100 + 1}, so
 * {@code xxx001} is a department's own office as in real codes) and the template unit's name with a number.
 */
public final class SyntheticUnits {

    private SyntheticUnits() {
    }

    public static String code(int i) {
        return String.format("%03d%03d", 100 + i / 100, i % 100 + 1);
    }

    public static String name(String templateName, int i) {
        String base = templateName == null || templateName.isBlank() ? "单位" : templateName.strip();
        return base + "（合成" + i + "）";
    }
}
