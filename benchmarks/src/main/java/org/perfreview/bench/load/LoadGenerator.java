package org.perfreview.bench.load;

import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.RepoRoot;
import org.perfreview.localstack.StackConfig;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.service.ServiceProcess;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * End-to-end load on a local stack it starts itself (real Kafka, real PostgreSQL, the three packaged services,
 * all on loopback): the sample batch, a paced latency run, a throughput run of distinct synthetic tables and the
 * city report of that batch. Bounded by table counts and a time limit; prints what it measured.
 */
public final class LoadGenerator {

    static final String POSTGRES = "postgresql";

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(args.length == 1 && args[0].equals("--help") ? 0 : 2);
            return;
        }
        Path root = RepoRoot.find();
        SyntheticTables synthetic = SyntheticTables.fromSamples(root.resolve("samples/overall-targets"));
        System.out.printf("load: %s, %d cores, %s%n", LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), options);
        try (LocalStack local = LocalStack.start(StackConfig.builder().workDir(options.workDir()).keepData(options.keepData()).build())) {
            StackInfo stack = local.info();
            Tokens tokens = local.tokens();
            PerfReviewClient admin = new PerfReviewClient(tokens.admin());
            try (PipelineClock clock = new PipelineClock(stack.kafka())) {
                Run run = new Run(stack, admin, admin.as(tokens.reviewer()), clock, System.nanoTime() + options.maxTime().toNanos());
                if (options.sampleBatch()) {
                    System.out.println("(a) sample batch: " + SamplePhase.run(run, root.resolve("samples")));
                }
                if (options.warmupTables() > 0) {
                    // The JIT compiles the hot paths only after a few thousand tables; (c) and (b) measure warm services, as issue 17 asks.
                    int from = options.tables() + options.latencyTables();
                    var warmup = IntStream.range(from, from + options.warmupTables()).mapToObj(synthetic::table).toList();
                    System.out.println("(w) warm-up: " + ThroughputPhase.run(run, warmup, options.concurrency(), pids(local)).brief());
                }
                if (options.latencyTables() > 0) {
                    var tables = IntStream.range(options.tables(), options.tables() + options.latencyTables()).mapToObj(synthetic::table).toList();
                    System.out.println("(c) latency: " + LatencyPhase.run(run, tables, options.latencyRate()));
                }
                var tables = IntStream.range(0, options.tables()).mapToObj(synthetic::table).toList();
                ThroughputPhase.Result throughput = ThroughputPhase.run(run, tables, options.concurrency(), pids(local));
                System.out.println("(b) throughput: " + throughput);
                if (options.cityRequests() > 0) {
                    System.out.println("(d) city report: " + CityReportPhase.run(run, throughput.batchId(), throughput.accepted(),
                            options.cityRequests()));
                }
            }
        }
    }

    private static Map<String, LongSupplier> pids(LocalStack local) {
        Map<String, LongSupplier> pids = new LinkedHashMap<>();
        for (ServiceProcess s : local.services()) {
            pids.put(s.name(), s::pid);
        }
        pids.put("kafka", () -> local.kafka().pid());
        pids.put(POSTGRES, () -> local.postgres().postmasterPid().orElse(-1L));
        pids.put("load generator", () -> ProcessHandle.current().pid());
        return pids;
    }
}
