package org.perfreview.bench.load;

import org.perfreview.localstack.client.PerfReviewClient;

import java.util.ArrayList;
import java.util.List;

/** (d) The city report of a large batch, requested repeatedly as JSON, and once each as HTML, XLSX and DOCX. */
final class CityReportPhase {

    record Result(int units, Percentiles json, double htmlMs, double xlsxMs, double docxMs) {
        @Override
        public String toString() {
            return String.format("batch of %d tables: JSON %s%n    HTML %.0f ms, XLSX %.0f ms, DOCX %.0f ms (one request each)",
                    units, json, htmlMs, xlsxMs, docxMs);
        }
    }

    private CityReportPhase() {
    }

    static Result run(Run run, String batchId, int units, int requests) throws Exception {
        String url = run.cityReportUrl(batchId);
        run.reviewer().get(url).expect(200); // warm-up
        List<Double> json = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            json.add(timed(run.reviewer(), url));
        }
        return new Result(units, Percentiles.of(json), timed(run.reviewer(), url + "?format=html"),
                timed(run.reviewer(), url + "?format=xlsx"), timed(run.reviewer(), url + "?format=docx"));
    }

    private static double timed(PerfReviewClient client, String url) throws Exception {
        long t = System.nanoTime();
        client.get(url).expect(200);
        return Run.millis(System.nanoTime() - t);
    }
}
