package org.perfreview.bench.score;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.perfreview.bench.parse.SampleTables;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.ReferenceLists;
import org.perfreview.scoring.rules.RuleContext;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole default rulebook on one overall table, as the service scores an arriving table: the batch with its
 * funds and staffing lists, and a batch view holding the other 78 sample units (copied goals, project tables).
 * Each operation scores the next of the 79 sample tables as the intake service normalized them, so the
 * sampled distribution (p50, p99) is over real tables. Targets: median under 2 ms (issue #7), well under 50 ms (#4).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    private Rulebook rulebook;
    private Batch batch;
    private InMemoryBatchView view;
    private ReferenceLists lists;
    private List<RuleContext> contexts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rulebook = ScoringSetup.defaultRulebook();
        batch = ScoringSetup.sampleBatch();
        view = new InMemoryBatchView();
        SampleTables.all().forEach(view::add);
        lists = ReferenceLists.of(batch);
        contexts = SampleTables.all().stream()
                .map(t -> new RuleContext(t, ScoringSetup.ref(batch, t, null), batch, view, Instant.now()))
                .toList();
    }

    /** A fresh context per call (the engine caches indicator views in it), as the service builds one per scoring. */
    @Benchmark
    public ScoreCard scoreOneTable() {
        RuleContext c = contexts.get(next);
        next = (next + 1) % contexts.size();
        return ScoringSetup.ENGINE.score(rulebook, new RuleContext(c.table(), c.submission(), batch, view, c.evaluatedAt())
                .withReferenceLists(lists));
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public int tables() {
        return contexts.size();
    }
}
