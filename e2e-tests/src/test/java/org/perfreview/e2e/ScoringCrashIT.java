package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.service.ServiceProcess;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test: the scoring service is killed (SIGKILL, no shutdown) once about a third of a batch is scored,
 * while uploads go on, then started again. Transactions cut short roll back and their events are consumed
 * again; effects already committed are not repeated. No table is lost, none is scored twice, and the city
 * report counts exactly the scored tables.
 */
class ScoringCrashIT {
    private static final int TABLES = 120;

    @Test
    void aScoringCrashMidBatchLosesNoTableAndScoresNoneTwice() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        ServiceProcess scoring = e2e.local.service("scoring");
        Uploads uploads = Uploads.start(e2e, batchId, E2e.syntheticTables(TABLES), 2, Duration.ZERO);
        AtomicInteger scoredAtKill = new AtomicInteger();
        int acceptedAtKill;
        try {
            await("a third of the batch scored").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        scoredAtKill.set(e2e.scoredSoFar(batchId));
                        return scoredAtKill.get() >= TABLES / 3;
                    });
            scoring.kill();
            acceptedAtKill = uploads.accepted();
            Thread.sleep(2000); // uploads go on into the outbox and the topic while scoring is dead
            scoring.start();
            uploads.awaitDone(Duration.ofMinutes(4));
        } finally {
            uploads.close();
            e2e.restoreHealth();
        }
        JsonNode city = e2e.awaitCity(batchId, uploads.submissions().size(), Duration.ofMinutes(5));
        Accounting count = Accounting.of(e2e, batchId, city, uploads);
        System.out.println(count.line("ScoringCrashIT", "SIGKILL of scoring-service with " + scoredAtKill + " tables scored and "
                + acceptedAtKill + " of " + TABLES + " accepted, restarted"));

        assertThat(uploads.refused()).as("uploads refused (intake does not depend on scoring)").isEmpty();
        assertThat(uploads.submissions()).hasSize(TABLES);
        count.assertExactlyOnce();
        assertThat(count.rescorings()).as("rescorings: a table scored again after the crash").isZero();
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }
}
