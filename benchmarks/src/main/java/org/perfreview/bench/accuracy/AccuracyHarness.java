package org.perfreview.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.bench.parse.RepoFiles;
import org.perfreview.bench.score.ScoringSetup;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.rulebook.Rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code ./benchmark accuracy}: the default rulebook measured against problems labelled by hand. Two sets:
 * review-gold (samples/review-gold, labelled by someone who did not write the rules, both layouts of each unit's
 * workbook read by the intake parser) and the project's own labels of the sample batch
 * (scoring-service/src/test/resources/fixtures/expected-findings, unit-level rule codes). Prints recall and
 * precision per category and per kind, every miss and false positive of review-gold, then the scores beside the
 * experts' sheet; {@code --rules} adds the points each rule deducts on average (for calibrating). {@link AccuracyTargets} holds the targets the test in ./run-tests enforces.
 */
public final class AccuracyHarness {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one run measured. */
    public record Result(Tally gold, Tally goldUnitLevel, Tally own, Map<String, Calibration.Profile> scores,
                         Map<String, List<ScoreCard>> cards) {
    }

    private AccuracyHarness() {
    }

    public static void main(String[] args) {
        Result r = measure();
        System.out.print(report(r, !List.of(args).contains("--quiet")));
        List<String> misses = AccuracyTargets.misses(r);
        System.out.println(misses.isEmpty() ? "\ntargets: all hold" : "\ntargets missed:\n  " + String.join("\n  ", misses));
        if (List.of(args).contains("--rules")) {
            r.cards().forEach((set, cards) -> System.out.print("\npoints deducted per rule, " + set + "\n" + Calibration.byRule(cards)));
        }
    }

    public static Result measure() {
        return measure(ScoringSetup.defaultRulebook());
    }

    /** The default rulebook with every rule left out: what the targets must refuse. */
    public static Rulebook withoutRules() {
        Rulebook full = ScoringSetup.defaultRulebook();
        return new Rulebook(full.version(), full.name(), full.dimensions(), full.grades(), List.of());
    }

    public static Result measure(Rulebook rulebook) {
        Categories categories = Categories.load();
        var batch = ScoringSetup.sampleBatch();
        GoldSet gold = GoldSet.load(RepoFiles.root().resolve("samples/review-gold"), batch.controlList());
        Tally goldTally = new Tally();
        Tally goldUnits = new Tally();
        List<ScoreCard> goldCards = new ArrayList<>();
        for (String layout : gold.layouts()) {
            Map<String, Path> files = new LinkedHashMap<>();
            gold.units().forEach(u -> files.put(u.seq(), gold.workbook(layout, u.seq())));
            Map<String, RuleRun.Scored> scored = RuleRun.run(files, rulebook, batch);
            for (GoldUnit u : gold.units()) {
                RuleRun.Scored s = scored.get(u.seq());
                goldTally.addAll(GoldComparison.compare(u, s, categories, layout));
                Set<String> want = u.labels().stream().map(GoldUnit.Label::category).collect(Collectors.toCollection(TreeSet::new));
                goldUnits.addAll(unitLevel(layout + " " + u.seq(), want, s.card(), categories));
                if (s.card() != null && layout.equals(gold.layouts().get(0))) {
                    goldCards.add(s.card());
                }
            }
        }
        Tally own = new Tally();
        Map<String, Path> samples = new LinkedHashMap<>();
        RepoFiles.overallTargets().forEach(p -> samples.put(p.getFileName().toString().replaceFirst("\\.xlsx$", ""), p));
        Map<String, RuleRun.Scored> sampleScores = RuleRun.run(samples, rulebook, batch);
        Path expectedDir = RepoFiles.root().resolve("scoring-service/src/test/resources/fixtures/expected-findings");
        sampleScores.forEach((seq, s) -> {
            Path expected = expectedDir.resolve(seq + ".json");
            if (Files.exists(expected)) {
                own.addAll(unitLevel(seq, ownLabels(expected, categories), s.card(), categories));
            }
        });
        Map<String, Calibration.Profile> scores = new LinkedHashMap<>();
        scores.put("experts 2021", Calibration.seed(RepoFiles.root().resolve("samples/seed-scores/review-scores-2021.tsv")));
        scores.put("sample batch", Calibration.of(sampleScores.values().stream().map(RuleRun.Scored::card)
                .filter(java.util.Objects::nonNull).toList()));
        scores.put("review-gold", Calibration.of(goldCards));
        Map<String, List<ScoreCard>> cards = new LinkedHashMap<>();
        cards.put("sample batch", sampleScores.values().stream().map(RuleRun.Scored::card).filter(java.util.Objects::nonNull).toList());
        cards.put("review-gold", goldCards);
        return new Result(goldTally, goldUnits, own, scores, cards);
    }

    /** (unit, category) pairs: a category is found when any mapped finding of it is on the card. */
    static Tally unitLevel(String unit, Set<String> want, ScoreCard card, Categories categories) {
        Tally t = new Tally();
        Map<String, Finding> got = new java.util.TreeMap<>();
        if (card != null) {
            card.findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .forEach(f -> categories.of(f.ruleCode()).ifPresent(c -> got.putIfAbsent(c, f)));
        }
        want.forEach(c -> {
            if (got.containsKey(c)) {
                t.of(c).tp++;
            } else {
                t.of(c).fn++;
                t.misses.add(unit + "  " + c);
            }
        });
        got.forEach((c, f) -> {
            if (!want.contains(c)) {
                t.of(c).fp++;
                t.falsePositives.add(String.format("%s  %-22s %s %s | %s", unit, c, f.ruleCode(),
                        f.location() == null ? "" : java.util.Objects.toString(f.location().indicator(), ""), f.evidence()));
            }
        });
        return t;
    }

    private static Set<String> ownLabels(Path file, Categories categories) {
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            Set<String> out = new TreeSet<>();
            n.path("findings").forEach(f -> categories.of(f.path("code").asText()).ifPresent(out::add));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String report(Result r, boolean details) {
        StringBuilder out = new StringBuilder();
        out.append("review-gold: ").append("both layouts, problems counted per (category, row) as its README says\n");
        out.append(categoryTable(r.gold()));
        out.append("\nside by side, (unit, category) pairs     review-gold        own labels (sample batch)\n");
        for (String kind : new String[]{"mechanical", "judgment", null}) {
            Tally.Counts g = r.goldUnitLevel().total(kind);
            Tally.Counts o = r.own().total(kind);
            out.append(String.format("  %-12s recall / precision      %5.1f / %5.1f %%      %5.1f / %5.1f %%%n",
                    kind == null ? "all" : kind, 100 * g.recall(), 100 * g.precision(), 100 * o.recall(), 100 * o.precision()));
        }
        if (details) {
            out.append("\nmisses (").append(r.gold().misses.size()).append(")\n");
            r.gold().misses.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append("\nfalse positives (").append(r.gold().falsePositives.size()).append(")\n");
            r.gold().falsePositives.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append("\nfindings of rules outside the gold categories: ").append(r.gold().unmapped).append('\n');
            out.append("\nown labels, (unit, category): misses (").append(r.own().misses.size()).append(")\n");
            r.own().misses.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append("own labels, (unit, category): false positives (").append(r.own().falsePositives.size()).append(")\n");
            r.own().falsePositives.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        out.append("\nscores against the experts' sheet\n").append(Calibration.table(r.scores()));
        return out.toString();
    }

    private static String categoryTable(Tally t) {
        StringBuilder out = new StringBuilder(String.format("  %-24s %-10s %5s %5s %5s %8s %9s%n", "category", "kind", "tp", "fn", "fp", "recall", "precision"));
        t.categories().forEach((c, n) -> out.append(line(c, Categories.kind(c), n)));
        for (String kind : new String[]{"mechanical", "judgment", null}) {
            out.append(line(kind == null ? "ALL" : kind.toUpperCase(), "", t.total(kind)));
        }
        return out.toString();
    }

    private static String line(String name, String kind, Tally.Counts n) {
        return String.format("  %-24s %-10s %5d %5d %5d %7.1f%% %8.1f%%%n", name, kind, n.tp, n.fn, n.fp, 100 * n.recall(), 100 * n.precision());
    }
}
