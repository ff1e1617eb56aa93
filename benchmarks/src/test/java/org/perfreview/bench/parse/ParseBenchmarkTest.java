package org.perfreview.bench.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each parse benchmark run once on small input: the readers compared must see the same indicator rows. */
class ParseBenchmarkTest {

    @Test
    void streamingAndXssfSeeTheSameIndicatorRowsOfASyntheticSheet() {
        ParseBenchmark bench = new ParseBenchmark();
        bench.input = "synthetic1500";
        bench.setUp();
        try {
            Readers.Count streaming = bench.streaming();
            Readers.Count xssf = bench.xssfWorkbook();
            Readers.Count rows = bench.streamingRowsOnly();
            assertThat(streaming.indicators()).isEqualTo(1500);
            assertThat(xssf.indicators()).isEqualTo(1500);
            assertThat(streaming.tables()).as("units in the sheet").isGreaterThan(1500 / 40);
            assertThat(rows.indicators()).as("rows, header rows included").isEqualTo(1500 + 5);
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void streamingAndXssfSeeTheSameIndicatorRowsOfTheSamples() {
        ParseBenchmark bench = new ParseBenchmark();
        bench.input = "samples";
        bench.setUp();
        try {
            Readers.Count streaming = bench.streaming();
            assertThat(streaming.tables()).isEqualTo(RepoFiles.overallTargets().size());
            assertThat(bench.xssfWorkbook().indicators()).isEqualTo(streaming.indicators()).isPositive();
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void theRatioLineDividesXssfTimeByStreamingTime() {
        assertThat(ParseRatio.line("samples", 40, 130)).contains("streaming 40.0 ms", "XSSFWorkbook 130.0 ms", "ratio 3.25×");
    }
}
