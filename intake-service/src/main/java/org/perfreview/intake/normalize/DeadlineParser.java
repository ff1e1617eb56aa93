package org.perfreview.intake.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deadline values: {@code 2024年12月31日(前)}, {@code 24/12/31}, {@code 2024-12-31}, {@code 2024.12},
 * {@code 2024年12月(底)}, {@code 2024年底}, a period whose end is a date ({@code 2024年1月-12月}); and relative
 * deadlines without a date ({@code 年底前}, {@code 全年}, {@code 年内完成}, {@code 12月31日前}).
 */
public final class DeadlineParser {

    /** A deadline: the date (null for a relative one) and whether it is an upper bound (…前). */
    public record Deadline(LocalDate date, boolean before) {
    }

    private static final String YEAR = "((?:19|20)?\\d{2})";
    private static final String BEFORE = "(前|之前|以前|前完成|之前完成|完成|内)?";
    private static final Pattern YMD_CN = Pattern.compile(YEAR + "年(\\d{1,2})月(\\d{1,2})[日号]?" + BEFORE);
    private static final Pattern YMD_SEP = Pattern.compile(YEAR + "([/.\\-])(\\d{1,2})\\2(\\d{1,2})" + BEFORE);
    private static final Pattern YM = Pattern.compile("((?:19|20)\\d{2})(?:年|[.\\-/])(\\d{1,2})月?(?:底|末|份)?" + BEFORE);
    private static final Pattern Y_END = Pattern.compile("((?:19|20)\\d{2})年(?:底|末|内|度内|全年)?" + BEFORE);
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年(.+?)[-~～至到—](.+)");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");
    /** Relative deadlines: a year word at the start, then at most a short completion phrase. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(?:19|20)\\d{2}年)?[按在于]?(年底之前|年底前|年底|年末|全年|年内|年度内|上半年|下半年|月底前|季度末|季末"
                    + "|\\d{1,2}月(?:\\d{1,2}[日号])?(?:底|末)?(?:前|之前|以前)|按时完成|按期完成|时间节点)(.*)");

    private DeadlineParser() {
    }

    /** The deadline the text states, or empty when it is not a deadline. */
    public static Optional<Deadline> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String squeezed = TextFolder.squeeze(NarrowForms.of(text));
        String s = squeezed.endsWith("。") ? squeezed.substring(0, squeezed.length() - 1) : squeezed;
        return s.isEmpty() ? Optional.empty() : absolute(s).or(() -> period(s)).or(() -> relative(s));
    }

    private static Optional<Deadline> absolute(String s) {
        Matcher m = YMD_CN.matcher(s);
        if (m.matches()) {
            return date(year(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        m = YMD_SEP.matcher(s);
        if (m.matches()) {
            return date(year(m.group(1)), m.group(3), m.group(4), m.group(5));
        }
        m = YM.matcher(s);
        if (m.matches()) {
            return monthEnd(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        m = Y_END.matcher(s);
        if (m.matches() && s.length() > 4) {
            return Optional.of(new Deadline(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), isBefore(m.group(2))));
        }
        return Optional.empty();
    }

    /** 2024年1月-12月, 2024年1月-2024年12月: the period ends at the end's date (its year defaults to the start's). */
    private static Optional<Deadline> period(String s) {
        Matcher m = PERIOD.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String end = m.group(3);
        Optional<Deadline> full = absolute(end);
        if (full.isPresent()) {
            return full;
        }
        Matcher month = MONTH.matcher(end);
        if (month.matches()) {
            return monthEnd(Integer.parseInt(m.group(1)), month.group(1), null);
        }
        return absolute(m.group(1) + "年" + end);
    }

    private static Optional<Deadline> relative(String s) {
        Matcher m = RELATIVE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2);
        if (rest.length() > 4 && !rest.contains("完成") && !rest.contains("到位")) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(null, m.group(1).contains("前")));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static Optional<Deadline> date(int year, String month, String day, String suffix) {
        try {
            return Optional.of(new Deadline(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)),
                    isBefore(suffix)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Deadline> monthEnd(int year, String month, String suffix) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(YearMonth.of(year, m).atEndOfMonth(), isBefore(suffix)));
    }

    private static boolean isBefore(String suffix) {
        return suffix != null && suffix.contains("前");
    }
}
