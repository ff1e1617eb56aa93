package org.perfreview.scoring.rules.basic;

import org.perfreview.scoring.rules.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a unit's row in a reference list (control list, staffing list): by unit code, else by name with
 * 本级 and 中共/湖南省 prefixes folded, else by the single most similar name above {@code minSimilarity}
 * (character-bigram Dice). Names in lists and tables differ in small ways (中共岳阳市委机构编制委员会办公室
 * vs 中共岳阳市机构编制委员会办公室本级); a wrong match is worse than none, so ties match nothing.
 */
final class UnitMatcher {

    private UnitMatcher() {
    }

    static <T> Optional<T> find(List<T> rows, Function<T, String> code, Function<T, String> name,
                                String unitCode, String unitName, double minSimilarity) {
        if (unitCode != null && !unitCode.isBlank()) {
            Optional<T> byCode = rows.stream().filter(r -> unitCode.equals(Texts.compact(code.apply(r)))).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String wanted = fold(unitName);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> byName = rows.stream().filter(r -> wanted.equals(fold(name.apply(r)))).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        T best = null;
        double bestScore = 0;
        boolean tie = false;
        for (T r : rows) {
            double s = dice(wanted, fold(name.apply(r)));
            if (s > bestScore) {
                best = r;
                bestScore = s;
                tie = false;
            } else if (s == bestScore) {
                tie = true;
            }
        }
        return best != null && !tie && bestScore >= minSimilarity ? Optional.of(best) : Optional.empty();
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
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
