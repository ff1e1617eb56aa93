package org.perfreview.bench.accuracy;

import org.perfreview.contracts.score.ScoreCard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores against the experts' hand-made sheet (samples/seed-scores/review-scores-2021.tsv, 188 units): each
 * dimension's average, the total's and the grade distribution, side by side. The sheet's columns follow the
 * score sheet's order, which is also the rulebook's dimension order.
 */
public final class Calibration {

    /** Rulebook dimension keys in the sheet's column order. */
    public static final List<String> DIMENSIONS = List.of("basicInfo", "goal", "indicators", "indicatorValues",
            "fundManagement", "timeliness", "completeness", "quality");
    public static final List<String> GRADES = List.of("优秀", "良好", "合格", "不合格");

    /** Averages per dimension plus "total", and grade shares, of a set of scores. */
    public record Profile(int n, Map<String, Double> means, Map<String, Double> gradeShares) {
    }

    private Calibration() {
    }

    public static Profile of(Collection<ScoreCard> cards) {
        Map<String, Double> means = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> means.put(d, cards.stream().mapToDouble(c -> c.dimensions().get(d).doubleValue()).average().orElse(0)));
        means.put("total", cards.stream().mapToDouble(c -> c.total().doubleValue()).average().orElse(0));
        Map<String, Double> shares = new LinkedHashMap<>();
        GRADES.forEach(g -> shares.put(g, 100.0 * cards.stream().filter(c -> g.equals(c.grade())).count() / Math.max(1, cards.size())));
        return new Profile(cards.size(), means, shares);
    }

    /** The seed sheet's profile; grades by the score sheet's bands (优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60). */
    public static Profile seed(Path tsv) {
        List<double[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length < 11 || !cols[0].strip().matches("\\d+")) {
                    continue;
                }
                double[] v = new double[9];
                for (int i = 0; i < 9; i++) {
                    v[i] = Double.parseDouble(cols[i + 2].strip());
                }
                rows.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            int col = i;
            means.put(DIMENSIONS.get(i), rows.stream().mapToDouble(r -> r[col]).average().orElse(0));
        }
        means.put("total", rows.stream().mapToDouble(r -> r[8]).average().orElse(0));
        Map<String, Double> shares = new LinkedHashMap<>();
        GRADES.forEach(g -> shares.put(g, 100.0 * rows.stream().filter(r -> grade(r[8]).equals(g)).count() / rows.size()));
        return new Profile(rows.size(), means, shares);
    }

    private static String grade(double total) {
        return total >= 90 ? "优秀" : total >= 75 ? "良好" : total >= 60 ? "合格" : "不合格";
    }

    /** Side-by-side table of profiles, one column each. */
    public static String table(Map<String, Profile> profiles) {
        StringBuilder out = new StringBuilder(String.format("%-16s", ""));
        profiles.forEach((name, p) -> out.append(String.format("%16s", name + " (" + p.n() + ")")));
        out.append('\n');
        for (String d : new ArrayList<>(profiles.values().iterator().next().means().keySet())) {
            out.append(String.format("%-16s", d));
            profiles.values().forEach(p -> out.append(String.format("%16.2f", p.means().get(d))));
            out.append('\n');
        }
        for (String g : GRADES) {
            out.append(String.format("%-16s", g + " %"));
            profiles.values().forEach(p -> out.append(String.format("%16.1f", p.gradeShares().get(g))));
            out.append('\n');
        }
        return out.toString();
    }

    /** Per rule: tables it deducts on, and the points it takes from a table on average over all tables. */
    public static String byRule(List<ScoreCard> cards) {
        Map<String, double[]> byRule = new java.util.TreeMap<>();
        for (ScoreCard c : cards) {
            Map<String, Double> perCard = new java.util.HashMap<>();
            c.findings().forEach(f -> perCard.merge(f.ruleCode() + " " + f.dimension(), f.points().doubleValue(), Double::sum));
            perCard.forEach((k, v) -> {
                double[] a = byRule.computeIfAbsent(k, x -> new double[2]);
                a[0]++;
                a[1] += v;
            });
        }
        StringBuilder out = new StringBuilder();
        byRule.forEach((k, a) -> out.append(String.format("  %-28s %4.0f tables  %5.2f points per table%n", k, a[0], a[1] / cards.size())));
        return out.toString();
    }
}
