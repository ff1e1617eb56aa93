package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.Dimension;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Dimension keys as score cards spell them ({@link Dimension#key()}, enum name or label), put in sheet order. */
final class DimensionKeys {
    private static final Map<String, Dimension> SPELLINGS = new HashMap<>();

    static {
        for (Dimension d : Dimension.values()) {
            SPELLINGS.put(d.key(), d);
            SPELLINGS.put(d.name(), d);
            SPELLINGS.put(d.label(), d);
        }
    }

    static final Comparator<String> SHEET_ORDER =
            Comparator.comparingInt(DimensionKeys::position).thenComparing(Comparator.naturalOrder());

    private DimensionKeys() {
    }

    static String normalize(String key) {
        Dimension d = SPELLINGS.get(key);
        return d == null ? key : d.key();
    }

    /** Sheet position of a normalized key; keys outside the eight come after them. */
    static int position(String key) {
        Dimension d = SPELLINGS.get(key);
        return d == null ? Dimension.values().length : d.ordinal();
    }

    /** A copy with normalized keys in sheet order (null-valued points dropped). */
    static Map<String, BigDecimal> ordered(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        if (points == null) {
            return result;
        }
        BigDecimal[] known = new BigDecimal[Dimension.values().length];
        Map<String, BigDecimal> other = null;
        for (Map.Entry<String, BigDecimal> e : points.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Dimension d = SPELLINGS.get(e.getKey());
            if (d != null) {
                known[d.ordinal()] = e.getValue();
            } else {
                other = other == null ? new TreeMap<>() : other;
                other.put(e.getKey(), e.getValue());
            }
        }
        for (Dimension d : Dimension.values()) {
            if (known[d.ordinal()] != null) {
                result.put(d.key(), known[d.ordinal()]);
            }
        }
        if (other != null) {
            result.putAll(other);
        }
        return result;
    }
}
