package org.perfreview.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per category: gold problems found (tp) and missed (fn), rule findings no gold problem backs (fp); the
 * misses and false positives themselves, for printing.
 */
public final class Tally {

    /** One category's counts. */
    public static final class Counts {
        public int tp;
        public int fn;
        public int fp;

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        void add(Counts o) {
            tp += o.tp;
            fn += o.fn;
            fp += o.fp;
        }
    }

    private final Map<String, Counts> byCategory = new TreeMap<>();
    public final List<String> misses = new ArrayList<>();
    public final List<String> falsePositives = new ArrayList<>();
    /** Findings of rules the category map leaves out (problems the gold set does not label), by rule code. */
    public final Map<String, Integer> unmapped = new TreeMap<>();

    public Counts of(String category) {
        return byCategory.computeIfAbsent(category, k -> new Counts());
    }

    public Map<String, Counts> categories() {
        return byCategory;
    }

    /** Counts summed over the categories of one kind ("mechanical", "judgment") or, for null, over all. */
    public Counts total(String kind) {
        Counts sum = new Counts();
        byCategory.forEach((c, n) -> {
            if (kind == null || Categories.kind(c).equals(kind)) {
                sum.add(n);
            }
        });
        return sum;
    }

    public void addAll(Tally other) {
        other.byCategory.forEach((c, n) -> of(c).add(n));
        misses.addAll(other.misses);
        falsePositives.addAll(other.falsePositives);
        other.unmapped.forEach((k, v) -> unmapped.merge(k, v, Integer::sum));
    }
}
