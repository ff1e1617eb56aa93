package org.perfreview.report.aggregate;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.ScoreCard;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city ten times the seed's largest, through apply and snapshot: not a timed assertion (the snapshot's
 * speed is measured with JMH in the benchmarks module); checks the counts hold at that size and prints the time.
 */
class BatchAggregateScaleTest {

    @Test
    void tenThousandUnitsAreCountedWhole() {
        CityFixture city = CityFixture.generate(7, 480, 44);
        List<ScoreCard> history = city.history;
        BatchAggregate aggregate = BatchAggregateTest.aggregate(city.batchId);
        long applyStart = System.nanoTime();
        history.forEach(aggregate::apply);
        long applyNanos = System.nanoTime() - applyStart;

        CityReport report = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            report = aggregate.snapshot(city.batch, 1, report);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("units=%d tables=%d cards=%d apply=%.1f µs/card snapshot best=%.1f ms%n",
                report.scope().unitsFiled(), aggregate.tableCount(), history.size(),
                applyNanos / 1e3 / history.size(), best / 1e6);
        assertThat(report.scope().unitsFiled()).isGreaterThan(9_000);
        long graded = report.gradeDistribution().values().stream().flatMap(List::stream).mapToLong(g -> g.count()).sum();
        assertThat(graded).isEqualTo(aggregate.tableCount());
        assertThat(report.scoreSheet()).hasSize(report.scope().unitsFiled());
    }
}
