package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.service.ServiceProcess;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test: PostgreSQL is stopped mid-batch while uploads run, then started again. While it is away every
 * service reports not ready because of its database (uploads may be refused; the client retries them). Once it
 * is back the same service processes recover by themselves, and every accepted table is scored and reported once.
 */
class PostgresRestartIT {
    private static final int TABLES = 90;
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @Test
    void servicesRecoverFromADatabaseRestartWithoutLosingAcceptedTables() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        Map<String, Long> pids = new LinkedHashMap<>();
        e2e.local.services().forEach(s -> pids.put(s.name(), s.pid()));
        Uploads uploads = Uploads.start(e2e, batchId, E2e.syntheticTables(TABLES), 2, Duration.ofMinutes(3));
        Map<String, JsonNode> whileAway = new LinkedHashMap<>();
        int acceptedAtStop;
        try {
            await("a third of the batch accepted").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> uploads.accepted() >= TABLES / 3);
            e2e.local.postgres().stop();
            acceptedAtStop = uploads.accepted();
            await("every service not ready while PostgreSQL is away").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> e2e.local.services().stream().noneMatch(ServiceProcess::isReady));
            for (ServiceProcess s : e2e.local.services()) {
                whileAway.put(s.name(), Readiness.of(e2e, s));
            }
            Thread.sleep(OUTAGE.toMillis()); // uploads keep being refused and retried; consumers wait on their partitions
            e2e.local.postgres().start();
            await("every service ready again by itself").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> e2e.local.services().stream().allMatch(ServiceProcess::isReady));
            uploads.awaitDone(Duration.ofMinutes(4));
        } finally {
            uploads.close();
            e2e.restoreHealth();
        }
        JsonNode city = e2e.awaitCity(batchId, uploads.submissions().size(), Duration.ofMinutes(5));
        Accounting count = Accounting.of(e2e, batchId, city, uploads);
        System.out.println(count.line("PostgresRestartIT", "PostgreSQL stopped for " + OUTAGE.toSeconds() + " s after "
                + acceptedAtStop + " of " + TABLES + " uploads accepted; readiness while away " + Readiness.summary(whileAway)));

        whileAway.forEach((service, health) -> Readiness.assertDownForTheDatabase(service, health));
        e2e.local.services().forEach(s -> assertThat(s.pid()).as("%s recovered without a restart", s.name()).isEqualTo(pids.get(s.name())));
        assertThat(uploads.accepted()).as("every table accepted in the end (the client retried)").isEqualTo(TABLES);
        count.assertExactlyOnce();
        assertThat(count.rescorings()).as("rescorings: a table scored again after the database came back").isZero();
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }
}
