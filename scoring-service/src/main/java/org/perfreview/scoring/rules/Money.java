package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Amount;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic in 万元, two decimals, as the tables are filed. */
public final class Money {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    public static BigDecimal of(Amount a) {
        return Amount.valueOf(a);
    }

    public static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public static String show(BigDecimal v) {
        return v == null ? "未填" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static boolean differ(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return orZero(a).subtract(orZero(b)).abs().compareTo(tolerance) > 0;
    }

    /** A figure in 万元 given the unit it was written in; null when the unit is not a money unit. */
    public static BigDecimal toWan(BigDecimal number, String unit) {
        if (number == null || unit == null) {
            return null;
        }
        return switch (Texts.compact(unit)) {
            case "万元", "万" -> number;
            case "元" -> number.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP);
            case "千元" -> number.divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP);
            case "亿元", "亿" -> number.multiply(TEN_THOUSAND);
            default -> null;
        };
    }
}
