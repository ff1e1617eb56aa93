package org.perfreview.bench.accuracy;

import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one unit's rule findings with its gold labels the way samples/review-gold/README.md says: one problem
 * per (category, row); a unit-level category once per unit. A gold label without a row is found by any finding
 * of its category in the unit; a finding is a false positive when no label of its category is on its row (or, for a
 * unit-level category, in the unit). Findings of rules outside the category map are counted apart.
 */
public final class GoldComparison {

    private record Key(String category, Integer row) {
    }

    private GoldComparison() {
    }

    public static Tally compare(GoldUnit unit, RuleRun.Scored scored, Categories categories, String layout) {
        Tally tally = new Tally();
        String where = layout + " " + unit.seq() + " " + unit.unitName();
        Map<Key, GoldUnit.Label> gold = new LinkedHashMap<>();
        for (GoldUnit.Label l : unit.labels()) {
            gold.putIfAbsent(key(l.category(), l.indicator()), l);
        }
        if (scored.card() == null) {
            gold.forEach((k, l) -> {
                tally.of(k.category()).fn++;
                tally.misses.add(where + " (not read: " + scored.error() + ") " + k.category());
            });
            return tally;
        }
        Map<Key, Finding> found = new LinkedHashMap<>();
        Map<Integer, Integer> rowIndex = rowIndex(scored.table());
        for (Finding f : scored.card().findings()) {
            var category = categories.of(f.ruleCode());
            if (category.isEmpty()) {
                tally.unmapped.merge(f.ruleCode(), 1, Integer::sum);
                continue;
            }
            Integer row = f.location() == null || f.location().row() == null ? null : rowIndex.get(f.location().row());
            found.putIfAbsent(key(category.get(), row), f);
        }
        gold.forEach((k, l) -> {
            boolean hit = found.containsKey(k) || (k.row() == null
                    && found.keySet().stream().anyMatch(x -> x.category().equals(k.category())));
            if (hit) {
                tally.of(k.category()).tp++;
            } else {
                tally.of(k.category()).fn++;
                tally.misses.add(String.format("%s  %-22s row %s  %s", where, k.category(), k.row() == null ? "-" : k.row(),
                        k.row() == null ? l.evidence() : unit.rowText(k.row())));
            }
        });
        found.forEach((k, f) -> {
            boolean backed = gold.containsKey(k) || gold.containsKey(new Key(k.category(), null));
            if (!backed) {
                tally.of(k.category()).fp++;
                tally.falsePositives.add(String.format("%s  %-22s row %s  %s %s | %s", where, k.category(),
                        k.row() == null ? "-" : k.row(), f.ruleCode(), Objects.toString(f.location() == null ? null : f.location().indicator(), ""),
                        f.evidence()));
            }
        });
        return tally;
    }

    private static Key key(String category, Integer row) {
        return new Key(category, Categories.unitLevel(category) ? null : row);
    }

    /** Sheet row → 0-based position in the table's indicators (the gold tables' row numbering). */
    private static Map<Integer, Integer> rowIndex(NormalizedTable table) {
        Map<Integer, Integer> out = new HashMap<>();
        List<Indicator> rows = table.indicators() == null ? List.of() : table.indicators();
        for (int i = 0; i < rows.size(); i++) {
            out.putIfAbsent(rows.get(i).row(), i);
        }
        return out;
    }
}
