package org.perfreview.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets the default rulebook must hold (BENCHMARKS.md, "Review accuracy"; docs/rulebook.md, "Calibration"):
 * recall on the mechanical and the judgment categories and precision over all, on review-gold per (category, row) and
 * on both sets per (unit, category); and the sample batch's scores against the experts' sheet: each dimension's average
 * within a tenth of its maximum (上报的质量 within 2, 项目资金管理 within 1), the total within 4, each grade's share
 * within 15 points. {@link #misses} lists what does not hold, empty when all do.
 */
public final class AccuracyTargets {

    public static final double MECHANICAL_RECALL = 0.90;
    public static final double JUDGMENT_RECALL = 0.75;
    public static final double PRECISION = 0.90;
    public static final double TOTAL_TOLERANCE = 4;
    public static final double GRADE_SHARE_TOLERANCE = 15;
    /** Dimension maxima of the score sheet; the tolerance is a tenth of each. */
    public static final Map<String, Double> MAXIMA = Map.of("basicInfo", 10.0, "goal", 5.0, "indicators", 25.0,
            "indicatorValues", 10.0, "fundManagement", 10.0, "timeliness", 10.0, "completeness", 10.0, "quality", 20.0);

    private AccuracyTargets() {
    }

    public static List<String> misses(AccuracyHarness.Result r) {
        List<String> out = new ArrayList<>();
        check(out, "review-gold per (category, row)", r.gold());
        check(out, "review-gold per (unit, category)", r.goldUnitLevel());
        check(out, "own labels per (unit, category)", r.own());
        Calibration.Profile experts = r.scores().get("experts 2021");
        Calibration.Profile sample = r.scores().get("sample batch");
        MAXIMA.forEach((dim, max) -> {
            double diff = Math.abs(sample.means().get(dim) - experts.means().get(dim));
            if (diff > max / 10 + 1e-9) {
                out.add(String.format("sample batch %s average %.2f is %.2f from the experts' %.2f (at most %.1f)", dim,
                        sample.means().get(dim), diff, experts.means().get(dim), max / 10));
            }
        });
        double total = Math.abs(sample.means().get("total") - experts.means().get("total"));
        if (total > TOTAL_TOLERANCE) {
            out.add(String.format("sample batch total average is %.2f from the experts' (at most %.0f)", total, TOTAL_TOLERANCE));
        }
        experts.gradeShares().forEach((grade, share) -> {
            double diff = Math.abs(sample.gradeShares().get(grade) - share);
            if (diff > GRADE_SHARE_TOLERANCE) {
                out.add(String.format("sample batch %s share %.1f %% is %.1f points from the experts' %.1f %%", grade,
                        sample.gradeShares().get(grade), diff, share));
            }
        });
        return out;
    }

    private static void check(List<String> out, String set, Tally t) {
        below(out, set + " mechanical recall", t.total("mechanical").recall(), MECHANICAL_RECALL);
        below(out, set + " judgment recall", t.total("judgment").recall(), JUDGMENT_RECALL);
        below(out, set + " precision", t.total(null).precision(), PRECISION);
    }

    private static void below(List<String> out, String what, double value, double target) {
        if (!(value >= target)) {
            out.add(String.format("%s %.3f is below %.2f", what, value, target));
        }
    }
}
