package org.perfreview.scoring.rules.basic;

import org.perfreview.scoring.rules.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds a unit's row in a reference list (control list, staffing list): by unit code, else by name with
 * 本级 and 中共/湖南省 prefixes folded, else by the single most similar name above {@code minSimilarity}
 * (character-bigram Dice). Names in lists and tables differ in small ways (中共岳阳市委机构编制委员会办公室
 * vs 中共岳阳市机构编制委员会办公室本级); a wrong match is worse than none, so ties match nothing.
 *
 * <p>Every table of a batch looks itself up in the same lists, so each list is indexed once (codes, folded
 * names, bigrams) and the index reused while the list object lives: a 10,000-row list costs O(1) per table for
 * code and name matches instead of folding every row again.
 */
final class UnitMatcher {

    /** A few lists at a time (control and staffing of the batches being scored); cleared when it grows past that. */
    private static final int CACHED_LISTS = 8;
    private static final Map<List<?>, Map<String, Index<?>>> INDEXES = new IdentityHashMap<>();

    private UnitMatcher() {
    }

    static <T> Optional<T> find(List<T> rows, Function<T, String> code, Function<T, String> name,
                                String unitCode, String unitName, double minSimilarity) {
        return find(rows, "all", r -> true, code, name, unitCode, unitName, minSimilarity);
    }

    /** @param view names the {@code eligible} filter, so lists filtered differently get their own index */
    static <T> Optional<T> find(List<T> rows, String view, Predicate<T> eligible, Function<T, String> code, Function<T, String> name,
                                String unitCode, String unitName, double minSimilarity) {
        Index<T> index = index(rows, view, eligible, code, name);
        if (unitCode != null && !unitCode.isBlank()) {
            T byCode = index.byCode.get(unitCode);
            if (byCode != null) {
                return Optional.of(byCode);
            }
        }
        String wanted = fold(unitName);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        T byName = index.byName.get(wanted);
        if (byName != null) {
            return Optional.of(byName);
        }
        return index.mostSimilar(wanted, minSimilarity);
    }

    @SuppressWarnings("unchecked")
    private static <T> Index<T> index(List<T> rows, String view, Predicate<T> eligible, Function<T, String> code, Function<T, String> name) {
        synchronized (INDEXES) {
            if (!INDEXES.containsKey(rows) && INDEXES.size() >= CACHED_LISTS) {
                INDEXES.clear();
            }
            return (Index<T>) INDEXES.computeIfAbsent(rows, r -> new HashMap<>())
                    .computeIfAbsent(view, v -> new Index<>(rows.stream().filter(eligible).toList(), code, name));
        }
    }

    /** One list's rows by code and by folded name (first row wins, as a scan would), with their bigrams for the fuzzy step. */
    private static final class Index<T> {
        private final Map<String, T> byCode = new HashMap<>();
        private final Map<String, T> byName = new HashMap<>();
        private final List<T> rows;
        private final List<String> folded = new ArrayList<>();
        private final List<Set<String>> bigrams = new ArrayList<>();

        Index(List<T> rows, Function<T, String> code, Function<T, String> name) {
            this.rows = rows;
            for (T r : rows) {
                byCode.putIfAbsent(Texts.compact(code.apply(r)), r);
                String f = fold(name.apply(r));
                byName.putIfAbsent(f, r);
                folded.add(f);
                bigrams.add(bigramsOf(f));
            }
        }

        Optional<T> mostSimilar(String wanted, double minSimilarity) {
            Set<String> probe = bigramsOf(wanted);
            T best = null;
            double bestScore = 0;
            boolean tie = false;
            for (int i = 0; i < rows.size(); i++) {
                double s = dice(wanted, probe, folded.get(i), bigrams.get(i));
                if (s > bestScore) {
                    best = rows.get(i);
                    bestScore = s;
                    tie = false;
                } else if (s == bestScore) {
                    tie = true;
                }
            }
            return best != null && !tie && bestScore >= minSimilarity ? Optional.of(best) : Optional.empty();
        }
    }

    static String fold(String name) {
        String n = Texts.key(name);
        if (n.endsWith("本级")) {
            n = n.substring(0, n.length() - 2);
        }
        for (String prefix : new String[]{"湖南省", "中共"}) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length());
            }
        }
        return n;
    }

    static double dice(String a, String b) {
        return dice(a, bigramsOf(a), b, bigramsOf(b));
    }

    private static double dice(String a, Set<String> x, String b, Set<String> y) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigramsOf(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
