package org.perfreview.scoring.rulebook;

import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every reason a rulebook document cannot be used, with messages an operator can act on. Operators
 * upload rulebooks through the API; nothing they upload reaches the engine without passing here.
 */
final class RulebookValidator {

    static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);
    private static final Pattern CODE = Pattern.compile("[A-Z]+-\\d{2,3}");

    private final CheckCatalog catalog;
    private final List<String> problems = new ArrayList<>();

    RulebookValidator(CheckCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> validate(RulebookDocument doc) {
        if (blank(doc.version())) {
            problems.add("version is missing");
        }
        validateDimensions(doc.dimensions());
        problems.addAll(GradeBands.problems(doc.grades(), FULL_SCORE));
        validatePatterns("lexicon", doc.lexicon());
        validateRules(doc);
        return problems;
    }

    private void validateDimensions(Map<String, BigDecimal> dims) {
        if (dims == null || dims.isEmpty()) {
            problems.add("dimensions are missing: all eight must be given (basicInfo, goal, indicators, ...)");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<Dimension> seen = new HashSet<>();
        for (var e : dims.entrySet()) {
            Optional<Dimension> d = dimension(e.getKey());
            if (d.isEmpty()) {
                problems.add("unknown dimension '" + e.getKey() + "'");
                continue;
            }
            seen.add(d.get());
            if (e.getValue() == null || e.getValue().signum() < 0) {
                problems.add("dimension " + e.getKey() + " must have points >= 0, got " + e.getValue());
            } else {
                sum = sum.add(e.getValue());
            }
        }
        for (Dimension d : Dimension.values()) {
            if (!seen.contains(d)) {
                problems.add("dimension " + d.key() + " (" + d.label() + ") is missing");
            }
        }
        if (sum.compareTo(FULL_SCORE) != 0) {
            problems.add("dimension points must add up to " + FULL_SCORE + ", they add up to " + sum.toPlainString());
        }
    }

    private void validateRules(RulebookDocument doc) {
        if (doc.rules() == null || doc.rules().isEmpty()) {
            problems.add("the rulebook has no rules");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (RulebookDocument.Rule r : doc.rules()) {
            String at = "rule " + (blank(r.code()) ? "#" + (doc.rules().indexOf(r) + 1) : r.code());
            if (blank(r.code()) || !CODE.matcher(r.code()).matches()) {
                problems.add(at + ": code must look like GOAL-03, got '" + r.code() + "'");
            } else if (!codes.add(r.code())) {
                problems.add(at + ": duplicate rule code");
            }
            validateRule(at, r, doc);
        }
    }

    private void validateRule(String at, RulebookDocument.Rule r, RulebookDocument doc) {
        Optional<Set<String>> required = r.check() == null ? Optional.empty() : catalog.requiredParams(r.check());
        if (required.isEmpty()) {
            problems.add(at + ": unknown check '" + r.check() + "'");
        } else {
            for (String p : required.get()) {
                boolean inRule = r.params() != null && r.params().containsKey(p);
                boolean inLexicon = doc.lexicon() != null && doc.lexicon().containsKey(p);
                if (!inRule && !inLexicon) {
                    problems.add(at + ": check " + r.check() + " needs parameter '" + p + "'");
                }
            }
            if (problems.stream().noneMatch(x -> x.startsWith(at + ": check "))) {
                RuleParams params = new RuleParams(r.params(), doc.lexicon());
                catalog.paramProblems(r.check(), params).forEach(x -> problems.add(at + ": " + x));
            }
        }
        if (blank(r.title())) {
            problems.add(at + ": title is missing");
        }
        if (r.standard() == null || r.standard() < 1 || r.standard() > 8) {
            problems.add(at + ": standard must be 1-8 (the eight review standards), got " + r.standard());
        }
        Optional<Dimension> dim = r.dimension() == null ? Optional.empty() : dimension(r.dimension());
        if (dim.isEmpty()) {
            problems.add(at + ": unknown dimension '" + r.dimension() + "'");
        }
        if (r.severity() == null || !enumName(Severity.class, r.severity())) {
            problems.add(at + ": severity must be ERROR, WARNING or INFO, got '" + r.severity() + "'");
        }
        validatePoints(at, r, dim.map(d -> doc.dimensions() == null ? null : doc.dimensions().get(d.key())).orElse(null));
        if (r.appliesTo() == null || r.appliesTo().isEmpty()) {
            problems.add(at + ": appliesTo must name at least one table kind");
        } else {
            r.appliesTo().stream().filter(k -> !enumName(TableKind.class, k))
                    .forEach(k -> problems.add(at + ": unknown table kind '" + k + "'"));
        }
        if (blank(r.message()) || blank(r.fix())) {
            problems.add(at + ": message and fix templates are both required");
        }
        validatePatterns(at, r.params());
    }

    private void validatePoints(String at, RulebookDocument.Rule r, BigDecimal dimensionMax) {
        if (r.points() == null || r.points().signum() < 0) {
            problems.add(at + ": points per finding must be >= 0, got " + r.points());
            return;
        }
        if (r.maxPoints() == null || r.maxPoints().compareTo(r.points()) < 0) {
            problems.add(at + ": maxPoints must be >= points (" + r.points() + "), got " + r.maxPoints());
        } else if (dimensionMax != null && r.maxPoints().compareTo(dimensionMax) > 0) {
            problems.add(at + ": maxPoints " + r.maxPoints() + " exceeds its dimension's " + dimensionMax + " points");
        }
    }

    private void validatePatterns(String at, Map<String, Object> params) {
        if (params == null) {
            return;
        }
        RuleParams p = RuleParams.of(params);
        params.keySet().stream().filter(k -> k.endsWith("Pattern") || k.endsWith("Patterns")).forEach(k -> {
            try {
                p.pattern(k);
            } catch (IllegalStateException e) {
                problems.add(at + ": " + e.getMessage());
            }
        });
    }

    static Optional<Dimension> dimension(String key) {
        try {
            return Optional.of(Dimension.fromKey(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> boolean enumName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
