package org.perfreview.bench.report;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.ScoreCard;

import static org.assertj.core.api.Assertions.assertThat;

/** The report benchmark on a small batch: every unit is in the snapshot, placed against the control list. */
class ReportSnapshotBenchmarkTest {

    @Test
    void theSnapshotCoversEveryUnitOfTheBatch() {
        ReportSnapshotBenchmark bench = new ReportSnapshotBenchmark();
        bench.units = 300;
        bench.setUp();
        assertThat(bench.rebuild().tableCount()).isEqualTo(300);
        CityReport report = bench.snapshot();
        assertThat(report.scope().unitsFiled()).isEqualTo(300);
        assertThat(report.scoreSheet()).hasSize(300);
        assertThat(report.notFiled()).as("every listed unit filed").isEmpty();
        long failing = bench.cards().stream().map(ScoreCard::grade).filter("不合格"::equals).count();
        assertThat(report.failingUnits()).hasSize((int) failing);
        assertThat(report.amountChecks()).as("every 7th amount differs from the list, 1 in 100 units is unlisted")
                .hasSizeGreaterThanOrEqualTo(300 / 7);
    }
}
