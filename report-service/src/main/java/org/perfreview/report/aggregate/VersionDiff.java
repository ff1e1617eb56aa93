package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.UnitReport.ChangedFinding;
import org.perfreview.contracts.report.UnitReport.VersionChange;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a new version of a table fixed, left open and newly broke, compared with the version before it. */
final class VersionDiff {
    private VersionDiff() {
    }

    static VersionChange between(ScoreCard previous, ScoreCard next) {
        Map<String, Finding> before = byKey(previous);
        Map<String, Finding> after = byKey(next);
        // The words of each key: the new version's finding, or the previous one's for what it fixed.
        Map<String, Finding> named = new LinkedHashMap<>(before);
        named.putAll(after);
        TableId id = TableId.of(next);
        return new VersionChange(id.kind(), id.tableKey().isEmpty() ? null : id.tableKey(),
                next.submission().version(), next.submissionId(), next.total(), next.grade(),
                minus(before.keySet(), after.keySet()), List.copyOf(intersection(before.keySet(), after.keySet())),
                minus(after.keySet(), before.keySet()),
                named.entrySet().stream().map(e -> new ChangedFinding(e.getKey(), e.getValue().ruleCode(), e.getValue().title(),
                        e.getValue().location())).toList());
    }

    /** The card's findings by key; two findings with one key (same rule, same cell) read as one. */
    private static Map<String, Finding> byKey(ScoreCard card) {
        Map<String, Finding> keys = new TreeMap<>();
        if (card.findings() != null) {
            for (Finding f : card.findings()) {
                keys.putIfAbsent(FindingKeys.of(f), f);
            }
        }
        return keys;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).toList();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.retainAll(b);
        return result;
    }
}
