package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.demo.CityWait;
import org.perfreview.localstack.service.ServiceProcess;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/** What every end-to-end test works with: the shared stack, an admin and a reviewer client, fresh batches. */
final class E2e {
    /** How long the city report may stand still before a wait for it fails. */
    static final Duration STALL = Duration.ofSeconds(90);
    static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

    final LocalStack local;
    final StackInfo stack;
    final PerfReviewClient admin;
    final PerfReviewClient reviewer;

    private E2e(LocalStack local) throws Exception {
        this.local = local;
        this.stack = local.info();
        this.admin = new PerfReviewClient(local.tokens().admin());
        this.reviewer = admin.as(local.tokens().reviewer());
    }

    static E2e connect() throws Exception {
        return new E2e(Stack.get());
    }

    /** A new batch of its own for one test, so tests sharing the stack never count each other's tables. */
    String newBatch() throws Exception {
        return admin.postJson(stack.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级",
                "stage", "二上", "deadline", LocalDate.now().plusDays(7).toString())).expect(201).json().path("id").asText();
    }

    /** {@code count} distinct overall-target tables (unit codes 9xxxxx) made from the samples. */
    static List<SyntheticTables.Table> syntheticTables(int count) {
        SyntheticTables source = SyntheticTables.fromSamples(SAMPLES.resolve("overall-targets"));
        List<SyntheticTables.Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tables.add(source.table(i));
        }
        return tables;
    }

    /**
     * Waits until the batch's settings event is on perf.batches and both consuming services have processed it,
     * so tables uploaded afterwards are scored once with the batch's settings (no rescoring when it arrives late).
     */
    void awaitBatchKnown(String batchId) throws Exception {
        await("batch " + batchId + " published").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> TopicEvents.read(stack.kafka(), List.of(Events.BATCH_UPDATED.topic())).stream().anyMatch(e -> batchId.equals(e.key())));
        ConsumerGroups.awaitCaughtUp(stack.kafka(), "scoring-service", Events.BATCH_UPDATED.topic(), Duration.ofMinutes(2));
        ConsumerGroups.awaitCaughtUp(stack.kafka(), "report-service", Events.BATCH_UPDATED.topic(), Duration.ofMinutes(2));
    }

    String uploadUrl(String batchId) {
        return stack.intake() + "/api/batches/" + batchId + "/submissions";
    }

    String cityUrl(String batchId) {
        return stack.report() + "/api/batches/" + batchId + "/report";
    }

    /**
     * The city report once it counts {@code tables} tables. Fails after {@code timeout}, or sooner when the count
     * has not moved for {@link #STALL}, naming what this batch has on the dead-letter topics.
     */
    JsonNode awaitCity(String batchId, int tables, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Instant lastChange = Instant.now();
        int last = -2;
        while (true) {
            PerfReviewClient.Reply reply = reviewer.get(cityUrl(batchId));
            JsonNode city = reply.status() == 200 ? reply.json() : null;
            int seen = city == null ? -1 : CityWait.tablesIn(city);
            if (seen >= tables) {
                return city;
            }
            if (seen != last) {
                last = seen;
                lastChange = Instant.now();
            }
            if (Instant.now().isAfter(deadline) || Instant.now().isAfter(lastChange.plus(STALL))) {
                throw new AssertionError("the city report of batch " + batchId + " counts " + seen + " of " + tables
                        + " tables, unchanged since " + lastChange + "; this batch on the dead-letter topics: " + deadLetters(batchId));
            }
            Thread.sleep(500);
        }
    }

    /**
     * Asserts that the city report comes to agree with the scoring service's cards within {@code timeout}. The city
     * may count every table before a cross-table re-score (a copied goal found in a later table) has reached it, so
     * the first report that counts them all is not yet the final one; a report that never agrees fails with the last
     * difference.
     */
    void assertCitySettlesOnScores(String batchId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                Accounting.assertCityAgreesWithScores(reviewer.get(cityUrl(batchId)).expect(200).json(), scores(batchId));
                return;
            } catch (AssertionError stillDiffers) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillDiffers;
                }
            }
            Thread.sleep(500);
        }
    }

    /** This batch's messages on the dead-letter topics, counted by topic and reason. */
    Map<String, Integer> deadLetters(String batchId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TopicEvents.Event e : TopicEvents.read(stack.kafka(), List.of(Topics.DLQ_SCORING, Topics.DLQ_REPORT, Topics.DLQ_INTAKE))) {
            if (batchId.equals(e.batchId())) {
                counts.merge(e.topic() + " from " + e.headers().get("dead-letter-topic") + ": " + e.headers().get("dead-letter-reason"), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The latest score card of every latest table of the batch, from the scoring service. */
    JsonNode scores(String batchId) throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int page = 0; ; page++) {
            JsonNode reply = reviewer.get(stack.scoring() + "/api/batches/" + batchId + "/scores?size=500&page=" + page).expect(200).json();
            reply.path("items").forEach(all::add);
            if (all.size() >= reply.path("total").asLong() || reply.path("items").isEmpty()) {
                return all;
            }
        }
    }

    /** Tables scored so far, or -1 while the scoring service does not answer. */
    int scoredSoFar(String batchId) {
        try {
            PerfReviewClient.Reply reply = reviewer.get(stack.scoring() + "/api/batches/" + batchId + "/scores?size=1");
            return reply.status() == 200 ? reply.json().path("total").asInt() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Tables the city report counts so far, or -1 while the report service does not answer. */
    int reportedSoFar(String batchId) {
        try {
            PerfReviewClient.Reply reply = reviewer.get(cityUrl(batchId));
            return reply.status() == 200 ? CityWait.tablesIn(reply.json()) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Brings back whatever a fault test took down (PostgreSQL, the broker, a service) and waits until every
     * service is ready again; tests call it in {@code finally} so the next test finds a healthy stack.
     */
    void restoreHealth() throws Exception {
        if (!local.postgres().isRunning()) {
            local.postgres().start();
        }
        if (!local.kafka().isRunning()) {
            local.kafka().start();
        }
        for (ServiceProcess service : local.services()) {
            if (!service.isRunning()) {
                service.start();
            }
        }
        await("every service ready again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> local.services().stream().allMatch(ServiceProcess::isReady));
    }
}
