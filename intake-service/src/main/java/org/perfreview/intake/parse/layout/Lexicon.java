package org.perfreview.intake.parse.layout;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that name a column or a labelled field, as data: {@code layout/lexicon.json} (the built-in words) plus
 * the extra words of an uploaded template profile, tried before the built-in ones. Rules are tried in order;
 * the first whose words the key contains names the role. A rule marked weak is a guess the table's notes own up to.
 */
public final class Lexicon {

    private static final String IGNORE = "IGNORE";
    private static final int MAX_LABEL = 16;
    private static final Lexicon BUILTIN = load();

    private final String version;
    private final List<Rule> rules;
    private final List<String> groups;
    private final List<String> skipSheets;
    private final List<String> levelOne;

    private Lexicon(String version, List<Rule> rules, List<String> groups, List<String> skipSheets, List<String> levelOne) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.groups = List.copyOf(groups);
        this.skipSheets = List.copyOf(skipSheets);
        this.levelOne = List.copyOf(levelOne);
    }

    /** The built-in words, read once from {@code layout/lexicon.json}. */
    public static Lexicon builtin() {
        return BUILTIN;
    }

    /** This lexicon with a profile's rules tried first, its group words and sheets to skip added. */
    public Lexicon with(Document profile) {
        List<Rule> merged = new ArrayList<>(profile.columns() == null ? List.of() : profile.columns());
        merged.forEach(Rule::validate);
        merged.addAll(rules);
        List<String> g = new ArrayList<>(groups);
        if (profile.groups() != null) {
            g.addAll(profile.groups());
        }
        List<String> skip = new ArrayList<>(skipSheets);
        if (profile.skipSheets() != null) {
            skip.addAll(profile.skipSheets());
        }
        List<String> one = new ArrayList<>(levelOne);
        if (profile.levelOne() != null) {
            one.addAll(profile.levelOne());
        }
        return new Lexicon(profile.version(), merged, g, skip, one);
    }

    public String version() {
        return version;
    }

    /** The role a header or label key names, with how sure the match is; null for no role. */
    public Match match(String key) {
        String k = withoutLead(key);
        if (k.isEmpty() || k.length() > MAX_LABEL || isLabelledValue(k)) {
            return null;
        }
        for (Rule r : rules) {
            if (r.matches(k)) {
                return IGNORE.equals(r.role()) ? null : new Match(ColumnRole.valueOf(r.role()), r.weak(), k);
            }
        }
        return null;
    }

    public ColumnRole role(String key) {
        Match m = match(key);
        return m == null ? null : m.role();
    }

    public boolean isGroup(String key) {
        return key.length() <= MAX_LABEL && groups.stream().anyMatch(key::contains);
    }

    /** True for a 一级指标 name (产出指标 …), compared by key. */
    public boolean isLevelOne(String key) {
        return levelOne.stream().anyMatch(w -> Labels.key(w).equals(key));
    }

    public boolean skipsSheet(String name) {
        return name != null && skipSheets.stream().anyMatch(s -> s.strip().equals(name.strip()));
    }

    /** {@code 其中:一般公共预算} names what follows the colon. */
    private static String withoutLead(String key) {
        return key.startsWith("其中:") ? key.substring(3) : key;
    }

    /** {@code 单位编码:408001}: a value under its label, not a header. */
    static boolean isLabelledValue(String key) {
        int colon = key.indexOf(':');
        return colon >= 0 && colon < key.length() - 1;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/layout/lexicon.json")) {
            if (in == null) {
                throw new IllegalStateException("layout/lexicon.json missing from the classpath");
            }
            Document d = new ObjectMapper().readValue(in, Document.class);
            d.columns().forEach(Rule::validate);
            return new Lexicon(d.version(), d.columns(), d.groups(), d.skipSheets() == null ? List.of() : d.skipSheets(),
                    d.levelOne() == null ? List.of() : d.levelOne());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A role found for a key; {@code weak} when only a weak rule matched. */
    public record Match(ColumnRole role, boolean weak, String key) {
    }

    /** The file form of a lexicon and of a template profile ({@code comment} is free text for the reader). */
    public record Document(String version, String comment, List<Rule> columns, List<String> groups, List<String> skipSheets,
                           List<String> levelOne) {
    }

    /** One rule: the role, words the key contains, keys it equals, words that veto it, and whether it is a guess. */
    public record Rule(String role, List<String> words, List<String> exact, List<String> unless, boolean weak) {

        /** Words are kept as keys (spaces removed, full-width forms narrowed), as the cells are compared. */
        public Rule {
            words = keys(words);
            exact = keys(exact);
            unless = keys(unless);
        }

        /** Plain loops, not streams: every non-blank cell of every row is tried against the rules (a hot spot in the load profile). */
        boolean matches(String key) {
            return !containsAny(key, unless) && (containsAny(key, words) || exact.contains(key));
        }

        private static boolean containsAny(String key, List<String> words) {
            for (String w : words) {
                if (key.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> keys(List<String> words) {
            return words == null ? List.of() : words.stream().map(Labels::key).filter(w -> !w.isEmpty()).toList();
        }

        /** Throws IllegalArgumentException for a rule naming no known role or no word. */
        void validate() {
            if (role == null || !IGNORE.equals(role) && !isRole(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "' (one of " + List.of(ColumnRole.values()) + " or IGNORE)");
            }
            if (words.isEmpty() && exact.isEmpty()) {
                throw new IllegalArgumentException("rule for " + role + " has no words");
            }
        }

        private static boolean isRole(String role) {
            for (ColumnRole r : ColumnRole.values()) {
                if (r.name().equals(role)) {
                    return true;
                }
            }
            return false;
        }
    }
}
