package org.perfreview.scoring.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * A rule's thresholds and word lists. A name is looked up in the rule's own {@code params} first, then
 * in the rulebook's shared {@code lexicon}, so common lists (placeholder words, units) are written once.
 * Patterns are compiled once and cached: checks run per table and must not recompile.
 */
public final class RuleParams {

    private final Map<String, Object> own;
    private final Map<String, Object> lexicon;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, Pattern> literalAlternatives = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> sets = new ConcurrentHashMap<>();

    public RuleParams(Map<String, Object> own, Map<String, Object> lexicon) {
        this.own = withoutNulls(own);
        this.lexicon = withoutNulls(lexicon);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        if (m == null) {
            return Map.of();
        }
        Map<String, Object> copy = new java.util.HashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    public static RuleParams of(Map<String, Object> own) {
        return new RuleParams(own, Map.of());
    }

    public boolean has(String name) {
        return own.containsKey(name) || lexicon.containsKey(name);
    }

    public Map<String, Object> own() {
        return own;
    }

    private Object raw(String name) {
        Object v = own.containsKey(name) ? own.get(name) : lexicon.get(name);
        if (v == null) {
            throw new IllegalStateException("rule parameter missing: " + name);
        }
        return v;
    }

    public BigDecimal decimal(String name) {
        Object v = raw(name);
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("rule parameter " + name + " is not a number: " + v, e);
        }
    }

    public BigDecimal decimal(String name, BigDecimal fallback) {
        return has(name) ? decimal(name) : fallback;
    }

    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    public double real(String name) {
        return decimal(name).doubleValue();
    }

    public String string(String name) {
        return raw(name).toString();
    }

    public List<String> strings(String name) {
        return lists.computeIfAbsent(name, n -> {
            Object v = raw(n);
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add(String.valueOf(o));
                }
                return List.copyOf(out);
            }
            return List.of(v.toString());
        });
    }

    /** True when the list parameter holds {@code word} exactly. */
    public boolean listed(String name, String word) {
        return word != null && sets.computeIfAbsent(name, n -> java.util.Set.copyOf(strings(n))).contains(word);
    }

    /** A pattern matching any of the listed words literally. */
    public Pattern anyOf(String name) {
        return literalAlternatives.computeIfAbsent(name, k -> Pattern.compile(
                strings(name).stream().map(Pattern::quote).collect(Collectors.joining("|"))));
    }

    /** A regular expression parameter; a list of expressions is joined as alternatives. */
    public Pattern pattern(String name) {
        return patterns.computeIfAbsent(name, k -> {
            List<String> parts = strings(name);
            String joined = parts.size() == 1 ? parts.get(0)
                    : parts.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|"));
            try {
                return Pattern.compile(joined);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("rule parameter " + name + " is not a valid pattern: " + e.getDescription(), e);
            }
        });
    }
}
