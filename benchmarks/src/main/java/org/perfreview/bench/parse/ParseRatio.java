package org.perfreview.bench.parse;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link ParseBenchmark}'s streaming and XSSFWorkbook benchmarks in one JMH run and prints, per input,
 * "streaming X ms, XSSFWorkbook Y ms, ratio Z×" (Z = XSSF time / streaming time; the target is ≥ 3).
 * Takes JMH's own options (e.g. {@code -f 1 -wi 2 -i 3 -p input=synthetic100k}).
 */
public final class ParseRatio {

    private ParseRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ParseBenchmark.class.getName() + "\\.(streaming|xssfWorkbook)$")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> byInput = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double ms = r.getPrimaryResult().getScore();
            byInput.computeIfAbsent(r.getParams().getParam("input"), k -> new double[2])[method.equals("streaming") ? 0 : 1] = ms;
        }
        System.out.println();
        byInput.forEach((input, ms) -> System.out.println(line(input, ms[0], ms[1])));
    }

    static String line(String input, double streamingMs, double xssfMs) {
        return String.format("%-14s streaming %.1f ms, XSSFWorkbook %.1f ms, ratio %.2f× (target ≥ 3×)",
                input + ":", streamingMs, xssfMs, xssfMs / streamingMs);
    }
}
