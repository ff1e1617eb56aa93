package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads tables into one batch on background threads, as clients would, and tallies every reply: tables sent,
 * accepted (202), the submission ids accepted, and each refused attempt by status. With a retry window a refused
 * upload is sent again (same bytes: intake recognises a retry of an upload it did store) until accepted.
 */
final class Uploads implements AutoCloseable {
    private final PerfReviewClient client;
    private final String url;
    private final Duration retryFor;
    private final ExecutorService pool;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger pending;
    private final Set<String> submissions = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();

    private Uploads(PerfReviewClient client, String url, int tables, int threads, Duration retryFor) {
        this.client = client;
        this.url = url;
        this.retryFor = retryFor;
        this.pending = new AtomicInteger(tables);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "e2e-upload");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts uploading; {@code retryFor} zero means one attempt per table (a refusal is final). */
    static Uploads start(E2e e2e, String batchId, List<SyntheticTables.Table> tables, int threads, Duration retryFor) {
        Uploads uploads = new Uploads(e2e.admin, e2e.uploadUrl(batchId), tables.size(), threads, retryFor);
        tables.forEach(t -> uploads.pool.execute(() -> uploads.send(t)));
        uploads.pool.shutdown();
        return uploads;
    }

    /** Waits until every table was sent and answered (or given up on); fails when that takes longer than timeout. */
    Uploads awaitDone(Duration timeout) throws InterruptedException {
        if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("uploads still running after " + timeout.toSeconds() + " s: sent " + sent + ", accepted "
                    + accepted + ", refused " + refused);
        }
        return this;
    }

    int sent() {
        return sent.get();
    }

    int accepted() {
        return accepted.get();
    }

    boolean done() {
        return pending.get() == 0;
    }

    /** Submission ids of the accepted tables. */
    Set<String> submissions() {
        return Set.copyOf(submissions);
    }

    /** Refused attempts by status ({@code 503}, {@code 500}, {@code io}); sorted for printing. */
    Map<String, Integer> refused() {
        return new TreeMap<>(refused);
    }

    int refusals() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void send(SyntheticTables.Table table) {
        sent.incrementAndGet();
        Instant giveUp = Instant.now().plus(retryFor);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String outcome = attempt(table);
                if (outcome == null) {
                    return;
                }
                refused.merge(outcome, 1, Integer::sum);
                if (Instant.now().isAfter(giveUp)) {
                    return;
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** Null when accepted, else what refused it. */
    private String attempt(SyntheticTables.Table table) throws InterruptedException {
        try {
            PerfReviewClient.Reply reply = client.upload(url, table.fileName(), table.bytes());
            if (reply.status() != 202) {
                return Integer.toString(reply.status());
            }
            JsonNode body = reply.json();
            body.path("submissions").forEach(s -> submissions.add(s.path("submissionId").asText()));
            accepted.incrementAndGet();
            return null;
        } catch (java.io.IOException e) {
            return "io";
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
