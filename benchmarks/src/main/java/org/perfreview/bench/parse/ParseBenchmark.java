package org.perfreview.bench.parse;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Streaming reader vs POI's in-memory XSSFWorkbook on the same bytes (see {@link Readers}). One operation reads
 * every file of the input: the 79 sample workbooks, or one synthetic sheet of 100,000 indicator rows generated
 * per trial. {@code streamingRowsOnly} is the SAX row pass alone (no segmenting or normalizing), to show where
 * the streaming time goes. {@link ParseRatio} runs this and prints streaming/XSSF as one ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 2)
public class ParseBenchmark {

    @Param({"samples", "synthetic100k"})
    public String input;

    private ParseInputs inputs;

    @Setup(Level.Trial)
    public void setUp() {
        inputs = ParseInputs.of(input);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        inputs.close();
    }

    @Benchmark
    public Readers.Count streaming() {
        return total(Readers::streaming);
    }

    @Benchmark
    public Readers.Count streamingRowsOnly() {
        return total(Readers::streamingRows);
    }

    @Benchmark
    public Readers.Count xssfWorkbook() {
        return total(Readers::xssfWorkbook);
    }

    /** Reads every file of the input; the summed counts are returned so no read can be optimised away. */
    private Readers.Count total(Function<byte[], Readers.Count> reader) {
        int tables = 0;
        int indicators = 0;
        long cells = 0;
        for (byte[] file : inputs.files()) {
            Readers.Count c = reader.apply(file);
            tables += c.tables();
            indicators += c.indicators();
            cells += c.cells();
        }
        return new Readers.Count(tables, indicators, cells);
    }
}
