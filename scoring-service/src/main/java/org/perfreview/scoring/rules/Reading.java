package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an indicator's 指标值类型 / 指标值 / 计量单位 cells read as a target: the comparison, the number,
 * the unit written inside the value. The value cell is read first (so the unit written in it is kept:
 * "2995.66万元" next to a unit cell 元); the normalizer's {@link Target} backs up forms it does not know.
 *
 * @param operator   ≥ ≤ = &gt; &lt; or null
 * @param number     the number of the value cell, null when the value is not a plain number
 * @param valueUnit  unit written in the value cell itself (% in "95%", 万元 in "80万元"), or ""
 * @param percent    the value is a percentage
 */
public record Reading(String operator, BigDecimal number, String valueUnit, boolean percent) {

    private static final String OPS = "≥|≤|>=|<=|=>|=<|》=|《=|》|《|>|<|=|＞=|＜=|＞|＜|＝|大于等于|小于等于|不低于|不少于|不高于|"
            + "不超过|不多于|大于|小于|等于|达到|高于|低于|至少|超过";
    private static final Pattern PLAIN = Pattern.compile(
            "^(" + OPS + ")?(\\d[\\d,]*(?:\\.\\d+)?)([^\\d\\s]{0,8}?)(及以上|以上|及以下|以下|以内|左右|\\(含\\)|（含）)*$");
    private static final Pattern OPERATOR_ONLY = Pattern.compile("^(" + OPS + ")$");

    static Reading read(String opText, String valueText, Target target) {
        String op = symbol(Texts.compact(opText));
        Matcher m = PLAIN.matcher(Texts.compact(valueText));
        if (m.matches()) {
            String inner = m.group(1) != null ? symbol(m.group(1)) : suffixOperator(m.group(4));
            String unit = m.group(3);
            return new Reading(inner != null ? inner : op, new BigDecimal(m.group(2).replace(",", "")), unit,
                    unit.equals("%") || unit.equals("％"));
        }
        if (target != null && target.flag() == TargetFlag.NUMERIC && target.number() != null) {
            // the normalizer understood a form this reader does not (a range, a bracketed note): trust it
            String tOp = target.operator() == null || "定性".equals(target.operator()) ? op : symbol(target.operator());
            return new Reading(tOp, target.number(), target.percent() ? "%" : "", target.percent());
        }
        return new Reading(op, null, "", false);
    }

    /** ≥ ≤ = &gt; &lt; for the ways units write a comparison, null for anything else (定性, blank). */
    public static String symbol(String op) {
        if (op == null || op.isEmpty()) {
            return null;
        }
        return switch (op) {
            case "≥", ">=", "=>", "》=", "＞=", "大于等于", "不低于", "不少于", "达到", "至少" -> "≥";
            case "≤", "<=", "=<", "《=", "＜=", "小于等于", "不高于", "不超过", "不多于" -> "≤";
            case ">", "》", "＞", "大于", "高于", "超过" -> ">";
            case "<", "《", "＜", "小于", "低于" -> "<";
            case "=", "＝", "等于" -> "=";
            default -> null;
        };
    }

    public static boolean isOperator(String text) {
        return OPERATOR_ONLY.matcher(Texts.compact(text)).matches();
    }

    private static String suffixOperator(String suffix) {
        if (suffix == null) {
            return null;
        }
        return suffix.contains("以上") ? "≥" : suffix.contains("以下") || suffix.contains("以内") ? "≤" : null;
    }

    public boolean numeric() {
        return number != null;
    }
}
