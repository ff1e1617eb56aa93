package org.perfreview.bench.accuracy;

import org.perfreview.bench.parse.RepoFiles;
import org.perfreview.bench.score.ScoringSetup;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.intake.parse.ParsedTable;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.TableReader;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.ReferenceLists;
import org.perfreview.scoring.rules.RuleContext;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's own path for a set of workbooks: the intake service's {@link TableReader} reads each file, the
 * tables go into one batch view (so the cross-table rules see each other), and the scoring engine scores each
 * with the default rulebook against the sample batch's control and staffing lists, filed before the deadline.
 */
public final class RuleRun {

    /** One workbook's table and score card; {@code error} says why a file could not be read. */
    public record Scored(String key, NormalizedTable table, ScoreCard card, String error) {
    }

    private RuleRun() {
    }

    public static Map<String, Scored> run(Map<String, Path> workbooks, Rulebook rulebook, Batch batch) {
        Map<String, NormalizedTable> tables = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        workbooks.forEach((key, file) -> {
            try {
                List<NormalizedTable> read = read(file);
                tables.put(key, read.get(0));
                if (read.size() != 1) {
                    errors.put(key, read.size() + " tables in one workbook; the first is scored");
                }
            } catch (UnreadableFileException | RuntimeException e) {
                errors.put(key, e.getMessage());
            }
        });
        InMemoryBatchView view = new InMemoryBatchView();
        tables.values().forEach(view::add);
        Map<String, Scored> out = new LinkedHashMap<>();
        Instant now = Instant.now();
        ReferenceLists lists = ReferenceLists.of(batch);
        for (String key : workbooks.keySet()) {
            NormalizedTable t = tables.get(key);
            ScoreCard card = t == null ? null : ScoringSetup.ENGINE.score(rulebook,
                    new RuleContext(t, ScoringSetup.ref(batch, t, null), batch, view, now).withReferenceLists(lists));
            out.put(key, new Scored(key, t, card, errors.get(key)));
        }
        return out;
    }

    static List<NormalizedTable> read(Path file) throws UnreadableFileException {
        List<NormalizedTable> out = new ArrayList<>();
        new TableReader(ReaderLimits.defaults()).read(new ByteArrayInputStream(RepoFiles.bytes(file)),
                file.getFileName().toString(), (ParsedTable p) -> out.add(p.table()));
        if (out.isEmpty()) {
            throw new IllegalStateException("no table in " + file);
        }
        return out;
    }
}
