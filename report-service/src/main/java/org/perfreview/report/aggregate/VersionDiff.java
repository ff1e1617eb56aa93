package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.UnitReport.VersionChange;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a new version of a table fixed, left open and newly broke, compared with the version before it. */
final class VersionDiff {
    private VersionDiff() {
    }

    static VersionChange between(ScoreCard previous, ScoreCard next) {
        Set<String> before = keys(previous);
        Set<String> after = keys(next);
        TableId id = TableId.of(next);
        return new VersionChange(id.kind(), id.tableKey().isEmpty() ? null : id.tableKey(),
                next.submission().version(), next.submissionId(), next.total(), next.grade(),
                minus(before, after), List.copyOf(intersection(before, after)), minus(after, before));
    }

    private static Set<String> keys(ScoreCard card) {
        Set<String> keys = new TreeSet<>();
        if (card.findings() != null) {
            for (Finding f : card.findings()) {
                keys.add(FindingKeys.of(f));
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
