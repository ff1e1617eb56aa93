package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: the broker is down while a burst of 200 distinct tables is uploaded. Every upload must still be
 * accepted (the outbox holds the events), and once the broker is back every table is scored and reported exactly once.
 */
class BrokerOutageIT {
    private static final int TABLES = 200;

    @Test
    void uploadsDuringABrokerOutageAreScoredExactlyOnceAfterItReturns() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        Uploads uploads = null;
        try {
            e2e.local.kafka().stop();
            uploads = Uploads.start(e2e, batchId, E2e.syntheticTables(TABLES), 2, Duration.ZERO).awaitDone(Duration.ofMinutes(4));
            // Still down: nothing was published yet, every table waits in intake's outbox.
            assertThat(e2e.local.kafka().isRunning()).isFalse();
            e2e.local.kafka().start();
        } finally {
            if (uploads != null) {
                uploads.close();
            }
            e2e.restoreHealth();
        }
        JsonNode city = e2e.awaitCity(batchId, uploads.submissions().size(), Duration.ofMinutes(5));
        Accounting count = Accounting.of(e2e, batchId, city, uploads);
        System.out.println(count.line("BrokerOutageIT", "broker stopped during " + TABLES + " uploads"));

        assertThat(uploads.refused()).as("uploads refused while the broker was down").isEmpty();
        assertThat(uploads.accepted()).isEqualTo(TABLES);
        assertThat(uploads.submissions()).hasSize(TABLES);
        count.assertExactlyOnce();
        assertThat(count.rescorings()).as("rescorings: the batch was known before the tables").isZero();
        Accounting.assertCityAgreesWithScores(city, e2e.scores(batchId));
    }
}
