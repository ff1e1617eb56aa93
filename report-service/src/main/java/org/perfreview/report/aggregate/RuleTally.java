package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.Example;
import org.perfreview.contracts.report.CityReport.Problem;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One rule's findings across the batch: how many, in how many units, and every quotable example (a
 * multiset, so a replaced card can take its examples back out exactly).
 */
final class RuleTally {
    private final String ruleCode;
    private int count;
    private final Map<String, Integer> findingsPerUnit = new HashMap<>();
    private final TreeMap<ExampleCandidate, Integer> examples = new TreeMap<>();
    private final TreeMap<String, Integer> titles = new TreeMap<>();
    private final TreeMap<String, Integer> dimensions = new TreeMap<>();

    RuleTally(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    void add(ScoreCard card, Finding finding, int sign) {
        count += sign;
        bump(findingsPerUnit, TableId.of(card).unitCode(), sign);
        bump(titles, finding.title(), sign);
        bump(dimensions, finding.dimension() == null ? null : DimensionKeys.normalize(finding.dimension()), sign);
        ExampleCandidate example = ExampleCandidate.of(card, finding);
        if (example != null) {
            bump(examples, example, sign);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    int units() {
        return findingsPerUnit.size();
    }

    String ruleCode() {
        return ruleCode;
    }

    /** The first {@code maxExamples} examples in candidate order, at most one per unit. */
    Problem toProblem(int maxExamples) {
        List<Example> quoted = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (ExampleCandidate c : examples.keySet()) {
            if (quoted.size() >= maxExamples) {
                break;
            }
            if (units.add(String.valueOf(c.unitCode()))) {
                quoted.add(new Example(c.unitCode(), c.unitName(), c.evidence()));
            }
        }
        return new Problem(ruleCode, mostFrequent(titles), mostFrequent(dimensions), count, units(), List.copyOf(quoted));
    }

    /** The most frequent value, the alphabetically first among equals. */
    private static String mostFrequent(TreeMap<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static <K> void bump(Map<K, Integer> counts, K key, int sign) {
        if (key == null) {
            return;
        }
        if (counts.merge(key, sign, Integer::sum) == 0) {
            counts.remove(key);
        }
    }
}
