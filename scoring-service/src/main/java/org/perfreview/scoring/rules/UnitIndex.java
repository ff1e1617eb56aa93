package org.perfreview.scoring.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a unit's row in a reference list (control list, staffing list): by unit code, else by name with
 * 本级 and 中共/湖南省 prefixes folded, else by the single most similar name above {@code minSimilarity}
 * (character-bigram Dice). Names in lists and tables differ in small ways (中共岳阳市委机构编制委员会办公室
 * vs 中共岳阳市机构编制委员会办公室本级); a wrong match is worse than none, so ties match nothing.
 * Built once per list (codes, folded names, bigrams; see {@link ReferenceLists}), so a 10,000-row list costs
 * O(1) per table for code and name matches.
 */
public final class UnitIndex<T> {
    private final Map<String, T> byCode = new HashMap<>();
    private final Map<String, T> byName = new HashMap<>();
    private final List<T> rows;
    private final List<String> folded = new ArrayList<>();
    private final List<Set<String>> bigrams = new ArrayList<>();

    public UnitIndex(List<T> rows, Function<T, String> code, Function<T, String> name) {
        this.rows = rows;
        for (T r : rows) {
            byCode.putIfAbsent(Texts.compact(code.apply(r)), r);
            String f = fold(name.apply(r));
            byName.putIfAbsent(f, r);
            folded.add(f);
            bigrams.add(bigramsOf(f));
        }
    }

    private Optional<T> mostSimilar(String wanted, double minSimilarity) {
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

    /** The unit's row: by code, else by folded name, else by the one most similar name (never a tie). */
    public Optional<T> find(String unitCode, String unitName, double minSimilarity) {
        if (unitCode != null && !unitCode.isBlank()) {
            T byCode = this.byCode.get(unitCode);
            if (byCode != null) {
                return Optional.of(byCode);
            }
        }
        String wanted = fold(unitName);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        T byName = this.byName.get(wanted);
        return byName != null ? Optional.of(byName) : mostSimilar(wanted, minSimilarity);
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
