package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch held in memory: tables by unit and kind, goals in a MinHash band index. For tests and for
 * re-scoring a whole batch; the service's database-backed view follows the same contract.
 */
public final class InMemoryBatchView implements BatchView {

    private record Entry(String unitCode, String unitName, String text, GoalFingerprint print) {
    }

    private final Map<String, Map<String, NormalizedTable>> tables = new HashMap<>();
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    /** Exact comparisons made by the last {@link #similarGoals} call: a test checks they stay few. */
    int lastComparisons;
    /** Index entries the last {@link #similarGoals} call counted: a test checks they stay bounded. */
    int lastEntriesRead;

    /** Adds (or replaces, by unit, kind and table key) a table; {@code tableKey} tells project tables apart. */
    public InMemoryBatchView add(NormalizedTable table, String tableKey) {
        String unit = table.unitCodeValue();
        tables.computeIfAbsent(unit + "|" + table.kind(), k -> new LinkedHashMap<>())
                .put(tableKey == null ? "" : tableKey, table);
        if (table.goals() != null) {
            for (Goal g : table.goals()) {
                String text = Text.valueOf(g.text());
                GoalFingerprint print = GoalFingerprint.of(text);
                if (print.isEmpty()) {
                    continue;
                }
                Entry e = new Entry(unit, table.unitNameValue(), text, print);
                for (long key : print.bandKeys()) {
                    buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return this;
    }

    public InMemoryBatchView add(NormalizedTable table) {
        return add(table, table.project() == null ? null : Text.valueOf(table.project().name()));
    }

    @Override
    public List<NormalizedTable> unitTables(String unitCode, TableKind kind) {
        Map<String, NormalizedTable> byKey = tables.get(unitCode + "|" + kind);
        return byKey == null ? List.of() : List.copyOf(byKey.values());
    }

    @Override
    public List<GoalMatch> similarGoals(String unitCode, String goalText, double minSimilarity) {
        GoalFingerprint print = GoalFingerprint.of(goalText);
        if (print.isEmpty()) {
            return List.of();
        }
        Map<Entry, Integer> shared = new IdentityHashMap<>();
        int read = 0;
        for (long key : print.bandKeys()) {
            int ofKey = 0;
            for (Entry e : buckets.getOrDefault(key, List.of())) {
                if (ofKey == MAX_PER_BAND_KEY) {
                    break;
                }
                if (!e.unitCode().equals(unitCode)) {
                    shared.merge(e, 1, Integer::sum);
                    ofKey++;
                }
            }
            read += ofKey;
        }
        lastEntriesRead = read;
        List<GoalMatch> matches = new ArrayList<>();
        int comparisons = 0;
        List<Entry> candidates = shared.entrySet().stream()
                .sorted(Map.Entry.<Entry, Integer>comparingByValue().reversed())
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        for (Entry e : candidates) {
            comparisons++;
            double sim = print.jaccard(e.print());
            if (sim >= minSimilarity) {
                matches.add(new GoalMatch(e.unitCode(), e.unitName(), e.text(), sim));
            }
        }
        lastComparisons = comparisons;
        matches.sort(Comparator.comparingDouble(GoalMatch::similarity).reversed());
        return matches;
    }
}
