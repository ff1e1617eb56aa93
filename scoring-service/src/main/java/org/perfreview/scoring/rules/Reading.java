package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How an indicator's target reads for the checks, taken from the intake service's normalized {@link Target}: the
 * one interpreter of operators, numbers and units (intake's normalize package), so that scoring keeps no word
 * list of its own (达到, 不小于, 最多 are intake's to read). The 指标值类型 cell arrives normalized too: a comparison
 * symbol, 定性, or the text as filed when it is neither.
 *
 * @param operator   ≥ ≤ = &gt; &lt; or null
 * @param number     the (lower) number of a numeric target, null otherwise
 * @param valueUnit  unit written in the value cell itself (% in "95%", 万元 in "80万元"), or ""
 * @param percent    the value is a percentage
 */
public record Reading(String operator, BigDecimal number, String valueUnit, boolean percent) {

    private static final Set<String> SYMBOLS = Set.of("≥", "≤", "=", ">", "<");

    static Reading read(String opText, Target target) {
        String op = symbol(opText);
        if (target == null || target.flag() != TargetFlag.NUMERIC || target.number() == null) {
            return new Reading(op, null, "", false);
        }
        String tOp = symbol(target.operator());
        return new Reading(tOp != null ? tOp : op, target.number(), target.valueUnit() == null ? "" : target.valueUnit(),
                target.percent());
    }

    /** The comparison symbol, or null for 定性, a range, a blank or anything intake did not read as a comparison. */
    public static String symbol(String op) {
        return op != null && SYMBOLS.contains(op.strip()) ? op.strip() : null;
    }

    public boolean numeric() {
        return number != null;
    }
}
