package org.perfreview.bench.score;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;

import java.util.List;

/**
 * Where the cross-table pass spends its time: builds the {@link CrossTableBenchmark} batch, warms the pass up
 * once, then times one pass per cross-table rule alone and prints ms per rule. A rough profile (one timed pass
 * each, no forks); JMH's {@code -prof stack} on {@code CrossTableBenchmark.crossTableRules} gives the methods.
 * Args: [units (10000)] [names|codes (names)].
 */
public final class CrossTableBreakdown {

    private CrossTableBreakdown() {
    }

    public static void main(String[] args) {
        CrossTableBenchmark bench = new CrossTableBenchmark();
        bench.units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        bench.lists = args.length > 1 ? args[1] : "names";
        bench.setUp();
        System.out.printf("%,d units (%,d project tables), lists keyed by %s%n", bench.units,
                bench.batch().projectTables().size(), bench.lists);
        long start = System.nanoTime();
        long findings = bench.pass(bench.crossTable());
        System.out.printf("warm-up pass, all cross-table rules: %,d findings in %.0f ms%n", findings, (System.nanoTime() - start) / 1e6);
        Rulebook full = bench.full();
        for (RuleSpec rule : bench.crossTable().rules()) {
            Rulebook one = new Rulebook(full.version(), full.name(), full.dimensions(), full.grades(), List.of(rule));
            start = System.nanoTime();
            findings = bench.pass(one);
            System.out.printf("  %-8s %-28s %7.0f ms  %,6d findings%n", rule.code(), rule.check(),
                    (System.nanoTime() - start) / 1e6, findings);
        }
        start = System.nanoTime();
        findings = bench.pass(bench.crossTable());
        System.out.printf("all cross-table rules: %.0f ms (%,d findings)%n", (System.nanoTime() - start) / 1e6, findings);
    }
}
