package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Position;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money units tables are filed in (元, 千元, 万元, 亿元) and where a table declares one: a 金额单位 line
 * ({@code 金额单位：元}), a header or label in brackets ({@code 资金总额（元）}), a unit written after the number.
 * Money in the normalized table is always in 万元.
 */
public enum MoneyUnit {
    YUAN("元", new BigDecimal("0.0001")), QIAN_YUAN("千元", new BigDecimal("0.1")), WAN_YUAN("万元", BigDecimal.ONE),
    YI_YUAN("亿元", new BigDecimal("10000"));

    private static final Pattern LABELLED = Pattern.compile("(金额单位|计量单位|单位)[:：]\\s*([^\\s,，;；)）]*)");
    private static final Pattern BRACKETED = Pattern.compile("[(（]\\s*(?:单位[:：])?\\s*(元|千元|万元|亿元)\\s*[)）]");

    private final String word;
    private final BigDecimal toWan;

    MoneyUnit(String word, BigDecimal toWan) {
        this.word = word;
        this.toWan = toWan;
    }

    public String word() {
        return word;
    }

    public BigDecimal toWan(BigDecimal value) {
        return this == WAN_YUAN ? value : value.multiply(toWan).stripTrailingZeros();
    }

    public static MoneyUnit ofWord(String word) {
        String w = word == null ? "" : TextFolder.squeeze(word);
        for (MoneyUnit u : values()) {
            if (u.word.equals(w)) {
                return u;
            }
        }
        return null;
    }

    /** The unit written after a number ({@code 12,300元}, {@code 5487.8万元}), or null. */
    public static MoneyUnit suffixOf(String raw) {
        String s = raw == null ? "" : TextFolder.squeeze(NarrowForms.of(raw));
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && s.charAt(0) != '-' && s.charAt(0) != '(') {
            return null;
        }
        for (MoneyUnit u : new MoneyUnit[]{YI_YUAN, WAN_YUAN, QIAN_YUAN, YUAN}) {
            if (s.endsWith(u.word)) {
                return u;
            }
        }
        return s.endsWith("万") ? WAN_YUAN : null;
    }

    /**
     * The unit a text declares, or null when it declares none. {@code 金额单位：美元} declares a unit we cannot
     * tell ({@link Declaration#unknown}); {@code 单位：岳阳市某局} is no money declaration at all.
     */
    public static Declaration declaredIn(String text, Position at) {
        if (text == null) {
            return null;
        }
        String t = NarrowForms.of(text).replace(" ", "");
        Matcher b = BRACKETED.matcher(t);
        if (b.find()) {
            return new Declaration(ofWord(b.group(1)), text.strip(), at);
        }
        Matcher m = LABELLED.matcher(t);
        while (m.find()) {
            MoneyUnit unit = ofWord(m.group(2));
            if (unit != null) {
                return new Declaration(unit, text.strip(), at);
            }
            if ("金额单位".equals(m.group(1))) {
                return new Declaration(null, text.strip(), at);
            }
        }
        return null;
    }

    /**
     * A declared unit with the text and cell that declared it; {@code unit} is null when the declaration cannot
     * be told (an unknown word, or two declarations that disagree).
     */
    public record Declaration(MoneyUnit unit, String text, Position at) {

        public boolean unknown() {
            return unit == null;
        }

        /** Two declarations for the same amount: the same unit agrees; different units cannot be told apart. */
        public static Declaration combine(Declaration a, Declaration b) {
            if (a == null) {
                return b;
            }
            if (b == null || a.unit != null && a.unit == b.unit) {
                return a;
            }
            return new Declaration(null, a.text + "”与“" + b.text, a.at);
        }
    }
}
