package org.perfreview.report.aggregate;

import java.util.Comparator;
import java.util.List;

/** The four grades of the 审核情况表 (docs/domain.md §4), best first, and how to rank the unexpected. */
public final class Grades {
    public static final String EXCELLENT = "优秀";
    public static final String GOOD = "良好";
    public static final String PASS = "合格";
    public static final String FAIL = "不合格";
    /** Label used when a card carries no grade at all. */
    public static final String UNGRADED = "未定级";

    public static final List<String> ORDER = List.of(EXCELLENT, GOOD, PASS, FAIL);

    /** Best grade first; grades outside the four come after 不合格, alphabetically. */
    public static final Comparator<String> BEST_FIRST =
            Comparator.comparingInt(Grades::rank).thenComparing(Comparator.naturalOrder());

    private Grades() {
    }

    public static String label(String grade) {
        return grade == null || grade.isBlank() ? UNGRADED : grade;
    }

    static int rank(String grade) {
        int i = ORDER.indexOf(grade);
        return i < 0 ? ORDER.size() : i;
    }

    /** The worse of two grades; null counts as "nothing known" and loses to any grade. */
    static String worse(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return BEST_FIRST.compare(a, b) >= 0 ? a : b;
    }
}
