package org.perfreview.scoring.support;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST-ONLY stand-in for the intake normalizer: operator + value + unit cells → {@link Target}, using the
 * canonical form of fixtures/README.md (words mapped to symbols, spaces dropped). Deliberately simple.
 */
public final class TestTargets {

    private static final List<String[]> WORDS = List.of(
            new String[]{"大于等于", "≥"}, new String[]{"不低于", "≥"}, new String[]{"不少于", "≥"},
            new String[]{"小于等于", "≤"}, new String[]{"不高于", "≤"}, new String[]{"不超过", "≤"},
            new String[]{"大于", ">"}, new String[]{"小于", "<"}, new String[]{"等于", "="});
    private static final Pattern NUMBER = Pattern.compile("^([≥≤=><]?)(\\d+(?:\\.\\d+)?)(%?)(.*)$");
    private static final List<String> PLACEHOLDERS = List.of("无", "不适用", "/", "—", "-");

    private TestTargets() {
    }

    public static String canonical(String op, String value, String unit) {
        String s = (nz(op).equals("定性") ? "" : nz(op)) + nz(value) + nz(unit);
        s = s.replaceAll("\\s+", "");
        for (String[] w : WORDS) {
            s = s.replace(w[0], w[1]);
        }
        return s;
    }

    public static Target map(String op, String value, String unit) {
        String v = nz(value).strip();
        String canonical = canonical(op, value, unit);
        if (v.isEmpty()) {
            return new Target(TargetFlag.MISSING, null, null, null, null, false, null, canonical);
        }
        if (v.contains("涉密")) {
            return new Target(TargetFlag.CLASSIFIED, null, null, null, null, false, null, canonical);
        }
        if (PLACEHOLDERS.contains(v)) {
            return new Target(TargetFlag.PLACEHOLDER, null, null, null, null, false, null, canonical);
        }
        String valueOnly = canonical(op.equals("定性") ? "" : op, value, "");
        Matcher m = NUMBER.matcher(valueOnly);
        if (m.matches() && m.group(4).length() <= 4) {
            String operator = m.group(1).isEmpty() ? (nz(op).equals("定性") ? "定性" : null) : m.group(1);
            boolean percent = !m.group(3).isEmpty() || nz(unit).contains("%");
            String u = percent ? "%" : (m.group(4).isEmpty() ? nz(unit).strip() : m.group(4));
            String inValue = !m.group(3).isEmpty() ? m.group(3) : m.group(4).isEmpty() ? null : m.group(4);
            return new Target(TargetFlag.NUMERIC, operator, new BigDecimal(m.group(2)), null, u, percent, null, canonical, inValue);
        }
        String operator = nz(op).isBlank() ? null : nz(op).strip();
        return new Target(TargetFlag.QUALITATIVE, operator, null, null, null, false, null, canonical);
    }

    /** The 指标值类型 cell as intake normalizes it: a comparison word becomes its symbol, anything else stays. */
    public static String operatorCell(String op) {
        String s = nz(op).strip();
        for (String[] w : WORDS) {
            if (s.equals(w[0])) {
                return w[1];
            }
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
