package org.perfreview.bench.score;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.perfreview.bench.parse.SampleTables;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.ReferenceLists;
import org.perfreview.scoring.rules.RuleContext;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The batch-level cross-table pass over {@code units} units (default 10,000; see {@link SyntheticBatch}). The
 * scoring service has no separate cross-table step: cross-table rules run inside per-table scoring, reading the
 * batch's reference lists and a batch view (goal band index, tables by unit). So the pass measured is what a
 * batch change (new lists, deadline, rulebook) triggers, on the in-memory view (the service's view is the same
 * contract over PostgreSQL; database time is not included):
 * <ul>
 *   <li>{@code crossTableRules}: every unit's overall table through the rulebook's cross-table rules only
 *       (control amount, staffing, copied goal, same goal as own project, project sum, project tables missing);</li>
 *   <li>{@code wholeRulebook}: the same tables through the whole rulebook (re-scoring the batch);</li>
 *   <li>{@code indexBatch}: building the batch view (goal index) over all overall and project tables.</li>
 * </ul>
 * Each operation is one full pass (SingleShotTime). Target: cross-table pass over 10,000 units under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CrossTableBenchmark {

    @Param({"10000"})
    public int units;

    /** Reference lists keyed by unit name only (as the sample funds list) or carrying unit codes. */
    @Param({"names", "codes"})
    public String lists;

    private SyntheticBatch batch;
    private InMemoryBatchView view;
    private Rulebook full;
    private Rulebook crossTable;
    private List<SubmissionRef> refs;

    @Setup(Level.Trial)
    public void setUp() {
        batch = SyntheticBatch.build(units, SampleTables.all(), lists.equals("codes"));
        view = indexBatch();
        full = ScoringSetup.defaultRulebook();
        crossTable = ScoringSetup.crossTableRules(full);
        refs = batch.overallTables().stream().map(t -> ScoringSetup.ref(batch.batch(), t, null)).toList();
    }

    @Benchmark
    public long crossTableRules() {
        return pass(crossTable);
    }

    @Benchmark
    public long wholeRulebook() {
        return pass(full);
    }

    @Benchmark
    public InMemoryBatchView indexBatch() {
        InMemoryBatchView v = new InMemoryBatchView();
        batch.overallTables().forEach(v::add);
        batch.projectTables().forEach(v::add);
        return v;
    }

    /** Scores every unit's overall table; returns the number of findings, so the work cannot be dropped. */
    public long pass(Rulebook rulebook) {
        long[] findings = {0};
        pass(rulebook, card -> findings[0] += card.findings().size());
        return findings[0];
    }

    public void pass(Rulebook rulebook, Consumer<ScoreCard> cards) {
        Instant now = Instant.now();
        List<NormalizedTable> tables = batch.overallTables();
        // The lists are indexed once per batch version, as the scoring service does (rules/ReferenceLists.java).
        ReferenceLists lists = ReferenceLists.of(batch.batch());
        for (int i = 0; i < tables.size(); i++) {
            cards.accept(ScoringSetup.ENGINE.score(rulebook, new RuleContext(tables.get(i), refs.get(i), batch.batch(), view, now)
                    .withReferenceLists(lists)));
        }
    }

    public SyntheticBatch batch() {
        return batch;
    }

    public Rulebook crossTable() {
        return crossTable;
    }

    public Rulebook full() {
        return full;
    }

    public InMemoryBatchView view() {
        return view;
    }
}
