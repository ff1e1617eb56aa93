package org.perfreview.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the load generator does, with bounds: how many tables each phase sends, how fast, and a time limit
 * for the whole run after which it stops waiting and reports what it counted.
 */
record LoadOptions(int tables, int concurrency, int warmupTables, int latencyTables, double latencyRate, int cityRequests,
                   boolean sampleBatch, Duration maxTime, Path workDir, boolean keepData) {

    static final String USAGE = """
            usage: ./benchmark load [--tables N] [--concurrency C] [--warmup-tables W] [--latency-tables M] [--latency-rate R]
                                    [--city-requests K] [--no-sample] [--max-seconds S] [--work-dir DIR]
                                    [--keep-data]
              starts a local stack (real Kafka + PostgreSQL + the three services, loopback only) and runs:
              (a) the sample batch: upload to city report
              (w) W tables as fast as C uploaders go, in a batch of their own, so that (c) and (b) measure warm JVMs
              (c) M tables paced at R tables/s: upload-to-unit-report latency percentiles
              (b) N distinct tables as fast as C concurrent uploaders go: upload-to-scored throughput,
                  service RSS sampled throughout
              (d) K requests of that N-unit batch's city report: served latency percentiles
              defaults: N 10000, C 8, W 1000, M 1500, R 50, K 30, S 1800, DIR benchmarks/target/load-stack
              every run starts from empty databases and topics, so runs compare; --keep-data starts on what the
              last run left (the local stack's own option)
            """;

    static LoadOptions parse(List<String> args) {
        int tables = 10_000;
        int concurrency = 8;
        int warmupTables = 1_000;
        int latencyTables = 1_500;
        double latencyRate = 50;
        int cityRequests = 30;
        boolean sample = true;
        long maxSeconds = 1_800;
        Path workDir = Path.of("benchmarks/target/load-stack");
        boolean keepData = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--tables" -> tables = positive(a, args, ++i);
                case "--concurrency" -> concurrency = positive(a, args, ++i);
                case "--warmup-tables" -> warmupTables = nonNegative(a, args, ++i);
                case "--latency-tables" -> latencyTables = nonNegative(a, args, ++i);
                case "--latency-rate" -> latencyRate = positive(a, args, ++i);
                case "--city-requests" -> cityRequests = nonNegative(a, args, ++i);
                case "--no-sample" -> sample = false;
                case "--max-seconds" -> maxSeconds = positive(a, args, ++i);
                case "--work-dir" -> workDir = Path.of(value(a, args, ++i));
                case "--keep-data" -> keepData = true;
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if ((long) tables + warmupTables + latencyTables > 100_000) {
            throw new IllegalArgumentException("--tables, --warmup-tables and --latency-tables together are bounded to 100000"
                    + " (unit codes 900000-999999)");
        }
        return new LoadOptions(tables, concurrency, warmupTables, latencyTables, latencyRate, cityRequests, sample,
                Duration.ofSeconds(maxSeconds), workDir.toAbsolutePath(), keepData);
    }

    private static String value(String option, List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    private static int positive(String option, List<String> args, int i) {
        int n = nonNegative(option, args, i);
        if (n == 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return n;
    }

    private static int nonNegative(String option, List<String> args, int i) {
        try {
            int n = Integer.parseInt(value(option, args, i));
            if (n < 0) {
                throw new IllegalArgumentException(option + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + args.get(i));
        }
    }
}
