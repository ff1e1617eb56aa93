package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test: the broker is down while a burst of 200 distinct tables is uploaded. Every upload must still be
 * accepted (the outbox holds the events), and once the broker is back every table is scored and reported exactly once.
 * The operator's metrics move with it: intake's outbox backlog holds the burst while the broker is down and drains to
 * zero after, and the scoring consumer's lag rises when the burst reaches it.
 */
class BrokerOutageIT {
    private static final int TABLES = 200;

    @Test
    void uploadsDuringABrokerOutageAreScoredExactlyOnceAfterItReturns() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        Uploads uploads = null;
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        AtomicLong maxLag = new AtomicLong(-1);
        double backlogWhileDown;
        try {
            e2e.local.kafka().stop();
            uploads = Uploads.start(e2e, batchId, E2e.syntheticTables(TABLES), 2, Duration.ZERO).awaitDone(Duration.ofMinutes(4));
            // Still down: nothing was published yet, every table waits in intake's outbox.
            assertThat(e2e.local.kafka().isRunning()).isFalse();
            backlogWhileDown = await("intake's perf_outbox_backlog while the broker is down").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Metrics.maxOrMinusOne(e2e.stack.intake(), "perf_outbox_backlog", ""), v -> v >= TABLES);
            sampler.scheduleAtFixedRate(() -> maxLag.accumulateAndGet((long) Metrics.maxOrMinusOne(e2e.stack.scoring(),
                    "kafka_consumer_fetch_manager_records_lag_max", ""), Math::max), 0, 250, TimeUnit.MILLISECONDS);
            e2e.local.kafka().start();
        } finally {
            if (uploads != null) {
                uploads.close();
            }
            e2e.restoreHealth();
        }
        JsonNode city;
        try {
            city = e2e.awaitCity(batchId, uploads.submissions().size(), Duration.ofMinutes(5));
        } finally {
            sampler.shutdownNow();
        }
        double backlogAfter = await("intake's outbox backlog drained").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Metrics.maxOrMinusOne(e2e.stack.intake(), "perf_outbox_backlog", ""), v -> v == 0);
        Accounting count = Accounting.of(e2e, batchId, city, uploads);
        System.out.println(count.line("BrokerOutageIT", "broker stopped during " + TABLES + " uploads"));
        System.out.printf("BrokerOutageIT: intake outbox backlog %.0f while the broker was down, %.0f after; scoring's"
                + " consumer records-lag-max up to %d%n", backlogWhileDown, backlogAfter, maxLag.get());
        assertThat(maxLag.get()).as("scoring's consumer lag while the burst arrived").isPositive();

        assertThat(uploads.refused()).as("uploads refused while the broker was down").isEmpty();
        assertThat(uploads.accepted()).isEqualTo(TABLES);
        assertThat(uploads.submissions()).hasSize(TABLES);
        count.assertExactlyOnce();
        assertThat(count.rescorings()).as("rescorings: the batch was known before the tables").isZero();
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }
}
