package org.perfreview.bench.report;

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
import org.perfreview.bench.score.ScoringSetup;
import org.perfreview.bench.score.SyntheticBatch;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.report.aggregate.BatchAggregate;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.ReferenceLists;
import org.perfreview.scoring.rules.RuleContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The report service's city report for a batch of {@code units} units (default 10,000): {@code rebuild} is the
 * aggregate built from every stored card (first touch of a batch after start-up, or a rebuild job),
 * {@code snapshot} the city report assembled from it against a control list of the same size. The cards are the
 * 79 sample tables' real score cards, re-issued under the units of a {@link SyntheticBatch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReportSnapshotBenchmark {

    @Param({"10000"})
    public int units;

    private Batch batch;
    private List<ScoreCard> cards;
    private BatchAggregate aggregate;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticBatch synthetic = SyntheticBatch.build(units, SampleTables.all(), false);
        batch = synthetic.batch();
        List<ScoreCard> sampleCards = sampleCards();
        cards = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            cards.add(reissue(sampleCards.get(i % sampleCards.size()), ScoringSetup.ref(batch, synthetic.overallTables().get(i), null)));
        }
        aggregate = rebuild();
    }

    @Benchmark
    public BatchAggregate rebuild() {
        return BatchAggregate.rebuild(batch.id(), Clock.systemUTC(), BatchAggregate.Limits.DEFAULT, cards);
    }

    @Benchmark
    public CityReport snapshot() {
        return aggregate.snapshot(batch, 1, null);
    }

    public List<ScoreCard> cards() {
        return cards;
    }

    /** The sample tables scored as the service scores them: sample batch, batch view of all 79. */
    private static List<ScoreCard> sampleCards() {
        Rulebook rulebook = ScoringSetup.defaultRulebook();
        Batch sample = ScoringSetup.sampleBatch();
        InMemoryBatchView view = new InMemoryBatchView();
        SampleTables.all().forEach(view::add);
        List<ScoreCard> out = new ArrayList<>();
        ReferenceLists lists = ReferenceLists.of(sample);
        for (NormalizedTable t : SampleTables.all()) {
            out.add(ScoringSetup.ENGINE.score(rulebook, new RuleContext(t, ScoringSetup.ref(sample, t, null), sample, view, Instant.now())
                    .withReferenceLists(lists)));
        }
        return out;
    }

    private static ScoreCard reissue(ScoreCard c, SubmissionRef ref) {
        return new ScoreCard(ref.submissionId(), ref.unitCode(), ref.unitName(), c.rulebookVersion(), c.total(), c.grade(),
                c.action(), c.dimensions(), c.findings(), c.outcomes(), ref, c.facts(), c.scoredAt(), 1, false, null, c.provisionalDimensions());
    }
}
