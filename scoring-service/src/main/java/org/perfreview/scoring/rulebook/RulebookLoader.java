package org.perfreview.scoring.rulebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a rulebook from JSON and validates it (unknown checks, dimensions, kinds or fields, points out of
 * range, grade bands with gaps or overlaps, duplicate codes, missing parameters, bad patterns). A rulebook
 * that loads is safe to score with; one that does not throws {@link RulebookException} listing every problem.
 */
public final class RulebookLoader {

    public static final String DEFAULT_RESOURCE = "/rulebooks/default.json";

    private final CheckCatalog catalog;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public RulebookLoader(CheckCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rulebook shipped with the service, for a fresh install and for tests. */
    public Rulebook loadDefault() {
        try (InputStream in = RulebookLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Rulebook load(InputStream json) throws IOException {
        return load(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    }

    public Rulebook load(String json) {
        RulebookDocument doc = parse(json);
        List<String> problems = new RulebookValidator(catalog).validate(doc);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return build(doc);
    }

    /** Every problem of a candidate rulebook, empty when it would load (for a dry-run upload). */
    public List<String> problems(String json) {
        try {
            return new RulebookValidator(catalog).validate(parse(json));
        } catch (RulebookException e) {
            return e.problems();
        }
    }

    private RulebookDocument parse(String json) {
        try {
            return mapper.readValue(json, RulebookDocument.class);
        } catch (JsonProcessingException e) {
            throw new RulebookException("not a readable rulebook: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }

    private Rulebook build(RulebookDocument doc) {
        Map<Dimension, BigDecimal> dims = new EnumMap<>(Dimension.class);
        doc.dimensions().forEach((k, v) -> dims.put(Dimension.fromKey(k), v));
        List<GradeBand> grades = doc.grades().stream()
                .map(g -> new GradeBand(g.name(), g.min(), g.max(), g.action()))
                .sorted((a, b) -> b.min().compareTo(a.min()))
                .toList();
        Map<String, Object> lexicon = doc.lexicon() == null ? Map.of() : doc.lexicon();
        List<RuleSpec> rules = doc.rules().stream().map(r -> new RuleSpec(
                r.code(), r.check(), r.title(), r.standard(), Dimension.fromKey(r.dimension()),
                Severity.valueOf(r.severity()), r.points(), r.maxPoints(),
                new RuleParams(r.params(), lexicon), kinds(r.appliesTo()),
                r.message(), r.fix(), r.enabled() == null || r.enabled())).toList();
        return new Rulebook(doc.version(), doc.name(), dims, grades, rules);
    }

    private static EnumSet<TableKind> kinds(List<String> names) {
        EnumSet<TableKind> kinds = EnumSet.noneOf(TableKind.class);
        names.forEach(n -> kinds.add(TableKind.valueOf(n)));
        return kinds;
    }
}
