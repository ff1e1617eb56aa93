package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.service.ServiceProcess;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test: the report service is stopped for part of a batch while tables keep being uploaded and scored;
 * their score cards wait on the topic. Once it is back the city report is exact: every table counted once,
 * grades, average and score sheet equal to the scoring service's cards.
 */
class ReportOutageIT {
    private static final int TABLES = 90;

    @Test
    void theCityReportIsExactOnceTheReportServiceIsBack() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        ServiceProcess report = e2e.local.service("report");
        Uploads uploads = Uploads.start(e2e, batchId, E2e.syntheticTables(TABLES), 2, Duration.ZERO);
        AtomicInteger reportedAtStop = new AtomicInteger();
        int scoredWhileDown;
        try {
            await("a quarter of the batch reported").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        reportedAtStop.set(e2e.reportedSoFar(batchId));
                        return reportedAtStop.get() >= TABLES / 4;
                    });
            report.stop();
            int scoredAtStop = e2e.scoredSoFar(batchId);
            // Down until scoring has moved on by a third of the batch (or every table is scored).
            await("scoring goes on while the report service is down").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .until(() -> e2e.scoredSoFar(batchId) >= Math.min(TABLES, scoredAtStop + TABLES / 3));
            scoredWhileDown = e2e.scoredSoFar(batchId) - scoredAtStop;
            assertThat(report.isReady()).isFalse();
            report.start();
            uploads.awaitDone(Duration.ofMinutes(4));
        } finally {
            uploads.close();
            e2e.restoreHealth();
        }
        JsonNode city = e2e.awaitCity(batchId, uploads.submissions().size(), Duration.ofMinutes(5));
        Accounting count = Accounting.of(e2e, batchId, city, uploads);
        System.out.println(count.line("ReportOutageIT", "report-service stopped with " + reportedAtStop + " of " + TABLES
                + " tables reported, " + scoredWhileDown + " scored while it was down, restarted"));

        assertThat(uploads.refused()).as("uploads refused (intake does not depend on reports)").isEmpty();
        assertThat(uploads.submissions()).hasSize(TABLES);
        count.assertExactlyOnce();
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }
}
