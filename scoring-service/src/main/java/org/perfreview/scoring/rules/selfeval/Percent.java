package org.perfreview.scoring.rules.selfeval;

import org.perfreview.scoring.rules.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percent arithmetic of the self-evaluation forms: "91.02%" ↔ 91.02, a / b as a percentage. */
final class Percent {

    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*[%％]?");

    private Percent() {
    }

    /** The number in "91.02%" or "91.02", null when the text holds none. */
    static BigDecimal parse(String text) {
        Matcher m = NUMBER.matcher(Texts.compact(text));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** a / b × 100, two decimals, as the forms round. */
    static BigDecimal of(BigDecimal a, BigDecimal b) {
        return a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP);
    }

    static String show(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
