package org.perfreview.bench.load;

import org.perfreview.localstack.synthetic.SyntheticTables;

import java.util.ArrayList;
import java.util.List;

/** (c) Tables paced at a fixed rate: latency from when each upload was due to its 202, its score and its unit report. */
final class LatencyPhase {

    record Result(double rate, int sent, int accepted, int reported, Percentiles toAccepted, Percentiles toScored,
                  Percentiles toUnitReport) {
        @Override
        public String toString() {
            return String.format("%d tables at %.0f/s, %d accepted, %d unit reports%n    upload→202:         %s%n"
                            + "    upload→scored:      %s%n    upload→unit report: %s",
                    sent, rate, accepted, reported, toAccepted, toScored, toUnitReport);
        }
    }

    private LatencyPhase() {
    }

    static Result run(Run run, List<SyntheticTables.Table> tables, double rate) throws Exception {
        String batchId = run.newBatch("二上");
        List<Upload> uploads = new UploadRun(run.admin(), run.stack().intake(), batchId).paced(tables, rate, run.left());
        List<Upload> accepted = uploads.stream().filter(Upload::accepted).toList();
        run.await(() -> accepted.stream().allMatch(u -> run.clock().reportedAt(u.submissionId()) != null));
        List<Double> toAccepted = new ArrayList<>();
        List<Double> toScored = new ArrayList<>();
        List<Double> toReport = new ArrayList<>();
        for (Upload u : accepted) {
            toAccepted.add(Run.millis(u.acceptedNanos() - u.dueNanos()));
            Long scored = run.clock().scoredAt(u.submissionId());
            Long reported = run.clock().reportedAt(u.submissionId());
            if (scored != null) {
                toScored.add(Run.millis(scored - u.dueNanos()));
            }
            if (reported != null) {
                toReport.add(Run.millis(reported - u.dueNanos()));
            }
        }
        uploads.stream().filter(u -> !u.accepted()).limit(3).forEach(u -> System.out.println("    not accepted: " + u));
        return new Result(rate, uploads.size(), accepted.size(), toReport.size(), Percentiles.of(toAccepted),
                Percentiles.of(toScored), Percentiles.of(toReport));
    }
}
