package org.perfreview.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.demo.CityWait;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * (b) A batch of distinct tables sent as fast as a pool of uploaders goes: how many tables per second get from
 * upload to scored, overall and in the steady middle (10 %–90 % of the scores), and what the services' RSS does.
 */
final class ThroughputPhase {

    record Result(String batchId, int sent, int accepted, int scored, long lost, long repeatedScoreEvents, double uploadRate,
                  double overallRate, double steadyRate, double citySeconds, Map<String, RssSampler.Rss> rss,
                  Map<String, Double> cpuSeconds, Map<String, Double> jitSeconds) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format(
                    "%d tables sent, %d accepted (%.0f uploads/s), %d scored, lost %d, score events seen twice %d%n"
                            + "    upload→scored: %.0f tables/s overall, %.0f tables/s steady (10%%–90%% of scores)%n"
                            + "    city report counted every table %.1f s after the first upload",
                    sent, accepted, uploadRate, scored, lost, repeatedScoreEvents, overallRate, steadyRate, citySeconds));
            rss.forEach((name, r) -> s.append(String.format("%n    RSS %-15s max %4.0f MB, median %4.0f MB (%d samples)",
                    name, r.maxMb(), r.medianMb(), r.samples())));
            cpuSeconds.forEach((name, cpu) -> s.append(String.format("%n    CPU %-23s %6.1f s, %5.1f ms per table", name, cpu,
                    perTable(cpu))).append(jitSeconds.containsKey(name) ? String.format(" (JIT compiler threads %4.1f ms)",
                    perTable(jitSeconds.get(name))) : ""));
            double jit = jitSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            Double machine = cpuSeconds.get(CpuAccount.MACHINE);
            if (machine != null) {
                s.append(String.format("%n    CPU %-23s %6.1f s, %5.1f ms per table", "machine without JIT", machine - jit,
                        perTable(machine - jit)));
            }
            return s.toString();
        }

        private double perTable(double seconds) {
            return accepted == 0 ? Double.NaN : seconds * 1000 / accepted;
        }

        /** The first two lines only: counts and rates. */
        String brief() {
            return String.format("%d tables sent, %d accepted, %d scored, lost %d; %.0f tables/s steady", sent, accepted, scored, lost,
                    steadyRate);
        }
    }

    private ThroughputPhase() {
    }

    static Result run(Run run, List<SyntheticTables.Table> tables, int concurrency, Map<String, LongSupplier> pids) throws Exception {
        String batchId = run.newBatch("二上");
        List<Upload> uploads;
        JsonNode city;
        long start = System.nanoTime();
        CpuAccount cpu = new CpuAccount(pids, Set.of(LoadGenerator.POSTGRES));
        try (RssSampler rss = new RssSampler(pids)) {
            uploads = new UploadRun(run.admin(), run.stack().intake(), batchId).unpaced(tables, concurrency, run.left());
            List<Upload> accepted = uploads.stream().filter(Upload::accepted).toList();
            run.await(() -> accepted.stream().allMatch(u -> run.clock().scoredAt(u.submissionId()) != null));
            city = CityWait.untilScored(run.reviewer(), run.cityReportUrl(batchId), accepted.size(), run.left());
            double citySeconds = (System.nanoTime() - start) / 1e9;
            rss.close();
            return result(run, batchId, tables.size(), accepted, start, citySeconds, rss.result(), cpu.seconds(), cpu.jitSeconds());
        }
    }

    private static Result result(Run run, String batchId, int sent, List<Upload> accepted, long start, double citySeconds,
                                 Map<String, RssSampler.Rss> rss, Map<String, Double> cpuSeconds, Map<String, Double> jitSeconds) {
        long[] scoredAt = accepted.stream().map(u -> run.clock().scoredAt(u.submissionId())).filter(t -> t != null)
                .mapToLong(Long::longValue).sorted().toArray();
        long lastAccepted = accepted.stream().mapToLong(Upload::acceptedNanos).max().orElse(start);
        long lost = accepted.size() - scoredAt.length;
        double overall = scoredAt.length == 0 ? 0 : scoredAt.length / ((scoredAt[scoredAt.length - 1] - start) / 1e9);
        int from = scoredAt.length / 10;
        int to = scoredAt.length * 9 / 10;
        double steady = to - from < 2 ? overall : (to - from) / ((scoredAt[to - 1] - scoredAt[from]) / 1e9);
        return new Result(batchId, sent, accepted.size(), scoredAt.length, lost, run.clock().repeatedScoreEvents(),
                accepted.size() / ((lastAccepted - start) / 1e9), overall, steady, citySeconds, rss, cpuSeconds, jitSeconds);
    }
}
