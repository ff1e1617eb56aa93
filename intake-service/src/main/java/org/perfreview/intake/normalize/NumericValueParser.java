package org.perfreview.intake.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value cell holding a number: an optional operator prefix ({@code ≥}, {@code 大于等于}, {@code 不超过}),
 * neutral framing ({@code 控制在…以下}), the number, a unit suffix ({@code %}, {@code 万元}, {@code 次}) and an
 * operator suffix ({@code 以上}, {@code 以内}); or a range {@code 50%-70%}.
 */
public final class NumericValueParser {

    /**
     * @param prefix    the operator text found at the start (as written), or null
     * @param operator  the operator symbol (from prefix or suffix), {@link OperatorWords#RANGE}, or null
     * @param number    the (lower) number
     * @param upper     the upper bound of a range
     * @param numberText the number as written (without prefix, unit and suffix)
     * @param unit      the unit written after the number, or null
     * @param framed    the value had words around the number besides the operator and unit (控制在…以下)
     */
    public record NumericValue(String prefix, String operator, BigDecimal number, BigDecimal upper, String numberText,
                               String unit, boolean framed) {
    }

    private static final String NUM = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** A unit: up to four non-digit characters (%, 万元, 个百分点, 人/天, 亿立方米). */
    private static final String UNIT = "[^\\d\\s,，;；。]{1,4}";
    private static final Pattern SINGLE = Pattern.compile("(" + NUM + ")(" + UNIT + ")?");
    private static final Pattern RANGE = Pattern.compile("(" + NUM + ")(%)?\\s*[-~～至到—－]+\\s*(" + NUM + ")(" + UNIT + ")?");

    private NumericValueParser() {
    }

    public static Optional<NumericValue> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TextFolder.squeeze(NarrowForms.of(text));
        String prefix = OperatorWords.prefixOf(s);
        String operator = null;
        boolean framed = false;
        if (prefix != null) {
            operator = OperatorWords.symbol(prefix);
            s = s.substring(prefix.length());
        } else {
            String neutral = OperatorWords.neutralPrefixOf(s);
            if (neutral != null) {
                framed = true;
                s = s.substring(neutral.length());
            }
        }
        String suffix = OperatorWords.suffixOf(s);
        if (suffix != null) {
            framed = true;
            if (operator == null) {
                operator = OperatorWords.symbol(suffix);
            }
            s = s.substring(0, s.length() - suffix.length());
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(s);
        if (prefix == null && range.matches()) {
            String unit = range.group(4) != null ? range.group(4) : range.group(2);
            return Optional.of(new NumericValue(null, OperatorWords.RANGE, number(range.group(1)), number(range.group(3)),
                    range.group(1) + (range.group(2) == null ? "" : range.group(2)) + "-" + range.group(3), unit, framed));
        }
        Matcher single = SINGLE.matcher(s);
        if (!single.matches() || isWordUnit(single.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new NumericValue(prefix, operator, number(single.group(1)), null, single.group(1),
                single.group(2), framed));
    }

    /** A trailing text such as 底前 or 内完成 makes a deadline or a sentence, not a unit. */
    private static boolean isWordUnit(String unit) {
        return unit != null && (unit.contains("前") || unit.contains("完成") || unit.contains("底") || unit.contains("末"));
    }

    /**
     * A comparison at the end of a short phrase without other numbers: {@code 群众满意度≥90%},
     * {@code 满意率大于等于99%}, {@code 帮扶率90%以上}. The phrase stays in the value text (nothing is moved).
     */
    public static Optional<NumericValue> parseTrailing(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TextFolder.squeeze(NarrowForms.of(text));
        if (s.endsWith("。") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        int first = 0;
        while (first < s.length() && !Character.isDigit(s.charAt(first))) {
            first++;
        }
        if (first == 0 || first > 20 || first == s.length()) {
            return Optional.empty();
        }
        String subject = s.substring(0, first);
        Optional<NumericValue> tail = parse(s.substring(first));
        if (tail.isEmpty()) {
            return Optional.empty();
        }
        NumericValue n = tail.get();
        String word = OperatorWords.endingOf(subject);
        String operator = word != null ? OperatorWords.symbol(word) : n.operator();
        return Optional.of(new NumericValue(null, operator, n.number(), n.upper(), n.numberText(), n.unit(), true));
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }
}
