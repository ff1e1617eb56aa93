package org.perfreview.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends prepared tables to one batch, either paced at a fixed rate or as fast as a fixed pool of uploaders goes. */
final class UploadRun {

    private final PerfReviewClient client;
    private final String submissionsUrl;

    UploadRun(PerfReviewClient client, String intakeUrl, String batchId) {
        this.client = client;
        this.submissionsUrl = intakeUrl + "/api/batches/" + batchId + "/submissions";
    }

    /** Upload i is due at start + i / rate; enough uploaders that a slow reply does not delay the next one. */
    List<Upload> paced(List<SyntheticTables.Table> tables, double rate, Duration bound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(4, (int) Math.ceil(rate / 5)));
        long start = System.nanoTime() + 50_000_000L;
        long deadline = start + bound.toNanos();
        List<Future<Upload>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < tables.size(); i++) {
                long due = start + (long) (i * 1e9 / rate);
                if (due > deadline) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                SyntheticTables.Table table = tables.get(i);
                futures.add(pool.submit(() -> send(table, due)));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every table as soon as one of {@code concurrency} uploaders is free; stops starting new ones at the bound. */
    List<Upload> unpaced(List<SyntheticTables.Table> tables, int concurrency, Duration bound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + bound.toNanos();
        List<Future<Upload>> futures = new ArrayList<>();
        try {
            for (SyntheticTables.Table table : tables) {
                futures.add(pool.submit(() -> System.nanoTime() > deadline ? null : send(table, System.nanoTime())));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private Upload send(SyntheticTables.Table table, long due) {
        try {
            PerfReviewClient.Reply reply = client.upload(submissionsUrl, table.fileName(), table.bytes());
            long accepted = System.nanoTime();
            if (reply.status() != 202) {
                return new Upload(table.unitCode(), due, accepted, reply.status(), null, reply.text());
            }
            JsonNode submissions = reply.json().path("submissions");
            String id = submissions.size() == 1 ? submissions.get(0).path("submissionId").asText() : null;
            return new Upload(table.unitCode(), due, accepted, reply.status(), id,
                    id == null ? "expected one submission, got " + submissions.size() : null);
        } catch (Exception e) {
            return new Upload(table.unitCode(), due, System.nanoTime(), -1, null, e.toString());
        }
    }

    private static List<Upload> collect(List<Future<Upload>> futures) throws Exception {
        List<Upload> uploads = new ArrayList<>();
        for (Future<Upload> f : futures) {
            Upload u = f.get();
            if (u != null) {
                uploads.add(u);
            }
        }
        return uploads;
    }
}
