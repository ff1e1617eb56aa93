package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Tables per kind per grade, kept up to date card by card. */
final class GradeTally {
    private final Map<TableKind, Map<String, Integer>> counts = new EnumMap<>(TableKind.class);

    void add(ScoreCard card, int sign) {
        TableKind kind = card.submission().tableKind();
        Map<String, Integer> byGrade = counts.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        byGrade.merge(Grades.label(card.grade()), sign, Integer::sum);
        byGrade.values().removeIf(n -> n == 0);
        if (byGrade.isEmpty()) {
            counts.remove(kind);
        }
    }

    /** Per kind present: the four grades (zeros included), then any unexpected grade; percentages add to 100.00. */
    Map<String, List<GradeCount>> distribution() {
        Map<String, List<GradeCount>> result = new LinkedHashMap<>();
        counts.forEach((kind, byGrade) -> {
            TreeSet<String> grades = new TreeSet<>(Grades.BEST_FIRST);
            grades.addAll(Grades.ORDER);
            grades.addAll(byGrade.keySet());
            List<String> ordered = new ArrayList<>(grades);
            List<Integer> n = ordered.stream().map(g -> byGrade.getOrDefault(g, 0)).toList();
            List<BigDecimal> percents = Percentages.of(n);
            List<GradeCount> rows = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                rows.add(new GradeCount(ordered.get(i), n.get(i), percents.get(i)));
            }
            result.put(kind.name(), List.copyOf(rows));
        });
        return result;
    }

    Map<String, Integer> tablesByKind() {
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.forEach((kind, byGrade) ->
                result.put(kind.name(), byGrade.values().stream().mapToInt(Integer::intValue).sum()));
        return result;
    }
}
