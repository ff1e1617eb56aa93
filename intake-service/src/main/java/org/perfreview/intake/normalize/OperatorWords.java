package org.perfreview.intake.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Comparison operators as filed (symbols, ASCII digraphs, Chinese words) and their symbol. */
public final class OperatorWords {

    public static final String QUALITATIVE = "定性";
    public static final String RANGE = "range";

    /** Word or symbol → operator symbol; longest words first so 大于等于 wins over 大于. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    /** Prefixes that only frame a number (控制在95%以内): the operator then comes from a suffix or the type cell. */
    private static final List<String> NEUTRAL_PREFIXES = List.of("控制在", "达到", "保持在", "保持", "约为", "约", "达", "为", "是");

    private static final Map<String, String> SUFFIXES = new LinkedHashMap<>();

    static {
        WORDS.put("大于或等于", "≥");
        WORDS.put("小于或等于", "≤");
        WORDS.put("大于等于", "≥");
        WORDS.put("小于等于", "≤");
        WORDS.put("不低于", "≥");
        WORDS.put("不少于", "≥");
        WORDS.put("不小于", "≥");
        WORDS.put("至少", "≥");
        WORDS.put("不高于", "≤");
        WORDS.put("不超过", "≤");
        WORDS.put("不多于", "≤");
        WORDS.put("不大于", "≤");
        WORDS.put("最多", "≤");
        WORDS.put("大于", ">");
        WORDS.put("高于", ">");
        WORDS.put("超过", ">");
        WORDS.put("小于", "<");
        WORDS.put("低于", "<");
        WORDS.put("等于", "=");
        WORDS.put(">=", "≥");
        WORDS.put("<=", "≤");
        WORDS.put("=>", "≥");
        WORDS.put("=<", "≤");
        WORDS.put("==", "=");
        WORDS.put("≥", "≥");
        WORDS.put("≧", "≥");
        WORDS.put("⩾", "≥");
        WORDS.put("≤", "≤");
        WORDS.put("≦", "≤");
        WORDS.put("⩽", "≤");
        WORDS.put(">", ">");
        WORDS.put("<", "<");
        WORDS.put("=", "=");
        // 》 and 《 are the full-width book-title marks that Chinese input methods give for > and <.
        WORDS.put("》=", "≥");
        WORDS.put("《=", "≤");
        WORDS.put("》", ">");
        WORDS.put("《", "<");
        SUFFIXES.put("及以上", "≥");
        SUFFIXES.put("以上", "≥");
        SUFFIXES.put("及以下", "≤");
        SUFFIXES.put("以下", "≤");
        SUFFIXES.put("以内", "≤");
        SUFFIXES.put("之内", "≤");
    }

    private OperatorWords() {
    }

    /** The operator a type cell (指标值类型) names: a symbol, {@link #QUALITATIVE}, or null (blank, 定量, unknown). */
    public static String ofTypeCell(String text) {
        if (text == null) {
            return null;
        }
        String s = TextFolder.squeeze(NarrowForms.of(text));
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals(QUALITATIVE) || s.equals("定性指标")) {
            return QUALITATIVE;
        }
        return WORDS.get(s);
    }

    /** The operator word or symbol the text starts with, or null. */
    public static String prefixOf(String s) {
        for (String word : WORDS.keySet()) {
            if (s.startsWith(word)) {
                return word;
            }
        }
        return null;
    }

    /** The operator word or symbol the text ends with (满意率大于等于 → 大于等于), or null. */
    public static String endingOf(String s) {
        for (String word : WORDS.keySet()) {
            if (s.endsWith(word)) {
                return word;
            }
        }
        return null;
    }

    public static String neutralPrefixOf(String s) {
        for (String word : NEUTRAL_PREFIXES) {
            if (s.startsWith(word)) {
                return word;
            }
        }
        return null;
    }

    /** The operator suffix (以上, 以内 ...) the text ends with, or null. */
    public static String suffixOf(String s) {
        for (String word : SUFFIXES.keySet()) {
            if (s.endsWith(word)) {
                return word;
            }
        }
        return null;
    }

    public static String symbol(String wordOrSuffix) {
        String symbol = WORDS.get(wordOrSuffix);
        return symbol != null ? symbol : SUFFIXES.get(wordOrSuffix);
    }

    /** Replaces the comparison words of the fixtures README (and ASCII digraphs) by symbols. */
    public static String wordsToSymbols(String s) {
        String out = s;
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            if (e.getKey().length() > 1 && out.contains(e.getKey()) && isCanonicalWord(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Only the README's words and the digraphs take part in the canonical form, so it stays predictable. */
    private static boolean isCanonicalWord(String word) {
        return switch (word) {
            case "大于等于", "不低于", "不少于", "小于等于", "不高于", "不超过", "大于", "小于", "等于", ">=", "<=" -> true;
            default -> false;
        };
    }
}
