package org.perfreview.bench.load;

import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.demo.CityWait;

import java.nio.file.Files;
import java.nio.file.Path;

/** (a) The sample batch: reference lists, 79 overall tables and the self-evaluation document, upload to city report. */
final class SamplePhase {

    record Result(int files, int tables, double seconds) {
        @Override
        public String toString() {
            return String.format("%d files, %d tables: upload of the first to a complete city report %.1f s (%.0f tables/s)",
                    files, tables, seconds, tables / seconds);
        }
    }

    private SamplePhase() {
    }

    static Result run(Run run, Path samples) throws Exception {
        String batchId = run.newBatch("二上");
        String intake = run.stack().intake() + "/api/batches/" + batchId;
        long start = System.nanoTime();
        run.admin().upload(intake + "/reference-lists/control", samples.resolve("reference-lists/funds-list-2024.csv")).expect(200);
        run.admin().upload(intake + "/reference-lists/staffing", samples.resolve("reference-lists/staffing-2021.csv")).expect(200);
        int files = 0;
        int tables = 0;
        try (var list = Files.list(samples.resolve("overall-targets"))) {
            for (Path f : list.sorted().toList()) {
                tables += run.admin().upload(intake + "/submissions", f).expect(202).json().path("submissions").size();
                files++;
            }
        }
        PerfReviewClient.Reply docx = run.admin().upload(intake + "/submissions", samples.resolve("self-evaluation/self-evaluation-2024.docx"),
                "unitCode", "201001").expect(202);
        tables += docx.json().path("submissions").size();
        files++;
        CityWait.untilScored(run.reviewer(), run.cityReportUrl(batchId), tables, run.left());
        return new Result(files, tables, (System.nanoTime() - start) / 1e9);
    }
}
