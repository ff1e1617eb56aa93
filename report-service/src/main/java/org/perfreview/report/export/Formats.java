package org.perfreview.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How reports write numbers and dates: money in 万元 with thousands separators and two decimals, as the seed does. */
public final class Formats {
    public static final String NONE = "—";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Formats() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? NONE : moneyFormat().format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A difference with its sign: {@code +10.00}, {@code -44.00}. */
    public static String signedMoney(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        return (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** Points as filed: {@code 92}, {@code 87.5}. */
    public static String points(BigDecimal points) {
        if (points == null) {
            return NONE;
        }
        return points.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Averages always with two decimals. */
    public static String average(BigDecimal value) {
        return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String percent(BigDecimal value) {
        return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static DecimalFormat moneyFormat() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)); // not thread-safe: one per call
    }
}
