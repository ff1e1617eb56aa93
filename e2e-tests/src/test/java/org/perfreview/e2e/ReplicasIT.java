package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.demo.CityWait;
import org.perfreview.localstack.service.ServiceProcess;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every service on the shared stack (one database and one consumer group per service). Once a
 * third of the batch is scored, the second instance of each service is SIGKILLed and a third one added. Every table
 * is scored and reported once, the city report is exact against the stored scores from every report instance, and
 * units that refile (version 2) show version 2 everywhere. The stack is back to one instance of each afterwards.
 */
class ReplicasIT {
    /**
     * 500 distinct tables, as issue 17 asks. Measured in the full ./run-tests on the 2-core machine (2026-12-05):
     * 200 tables 119 s; alone, 500 tables 181 s. -Dreplicas.tables=N for a shorter or longer run.
     */
    private static final int TABLES = Integer.getInteger("replicas.tables", 500);
    private static final int REFILED = 20;
    private static final List<String> SERVICES = List.of("intake", "scoring", "report");

    @Test
    void killingAndAddingReplicasMidBatchLosesAndDoublesNothingAndKeepsEachUnitsLatestVersion() throws Exception {
        E2e e2e = E2e.connect();
        LocalStack local = e2e.local;
        List<String> added = new ArrayList<>();
        try {
            added.addAll(addOneOfEach(local));
            String batchId = e2e.newBatch();
            e2e.awaitBatchKnown(batchId);
            List<SyntheticTables.Table> tables = E2e.syntheticTables(TABLES);
            Uploads uploads = Uploads.start(e2e, batchId, tables, 2, Duration.ZERO);
            AtomicInteger scoredAtKill = new AtomicInteger();
            try {
                await("a third of the batch scored").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            scoredAtKill.set(e2e.scoredSoFar(batchId));
                            return scoredAtKill.get() >= TABLES / 3;
                        });
                for (String service : SERVICES) {
                    local.service(service + "-2").kill();
                }
                added.addAll(addOneOfEach(local));
                uploads.awaitDone(Duration.ofMinutes(4));
            } finally {
                uploads.close();
            }
            JsonNode city = e2e.awaitCity(batchId, TABLES, Duration.ofMinutes(4));
            Accounting count = Accounting.of(e2e, batchId, city, uploads);
            System.out.println(count.line("ReplicasIT", "2 instances of each service, SIGKILL of the second of each with "
                    + scoredAtKill + " of " + TABLES + " tables scored, a third of each added"));
            assertThat(uploads.refused()).as("uploads refused").isEmpty();
            count.assertExactlyOnce();
            e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
            String newest = local.service("report-3").url();
            assertThat(CityWait.tablesIn(e2e.reviewer.get(newest + "/api/batches/" + batchId + "/report").expect(200).json()))
                    .as("tables in the city report served by the added report instance").isEqualTo(TABLES);

            refileAndCheckVersionTwo(e2e, batchId, tables.subList(0, REFILED));
        } finally {
            for (String key : added) {
                local.removeReplica(key); // back to one instance each for the other tests
            }
            e2e.restoreHealth();
        }
    }

    /** Version 2 of some units after version 1 is reported: the city report and each unit report show version 2. */
    private static void refileAndCheckVersionTwo(E2e e2e, String batchId, List<SyntheticTables.Table> firsts) throws Exception {
        List<SyntheticTables.Table> seconds = firsts.stream().map(t -> new SyntheticTables.Table(t.unitCode(), t.unitName() + "（修订）",
                "v2-" + t.fileName(), SyntheticTables.withText(t.bytes(), t.unitName(), t.unitName() + "（修订）"))).toList();
        Uploads refiles = Uploads.start(e2e, batchId, seconds, 2, Duration.ZERO);
        try {
            refiles.awaitDone(Duration.ofMinutes(2));
        } finally {
            refiles.close();
        }
        assertThat(refiles.submissions()).hasSize(firsts.size());
        await("unit reports at version 2").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (SyntheticTables.Table t : firsts) {
                JsonNode unit = e2e.reviewer.get(e2e.stack.report() + "/api/batches/" + batchId + "/units/" + t.unitCode() + "/report").json();
                if (unit.path("tables").path(0).path("version").asInt() != 2) {
                    return false;
                }
            }
            return true;
        });
        await("city report with every refiling").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode city = e2e.reviewer.get(e2e.cityUrl(batchId)).json();
            Map<String, String> sheet = new java.util.HashMap<>();
            city.path("scoreSheet").forEach(r -> sheet.put(r.path("submissionId").asText(), r.path("unitCode").asText()));
            return refiles.submissions().stream().allMatch(sheet::containsKey) && CityWait.tablesIn(city) == TABLES;
        });
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }

    /** Starts one more instance of each service side by side; returns their keys. */
    private static List<String> addOneOfEach(LocalStack local) {
        List<CompletableFuture<ServiceProcess>> starts = SERVICES.stream().map(s -> CompletableFuture.supplyAsync(() -> {
            try {
                return local.addReplica(s);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).toList();
        return starts.stream().map(CompletableFuture::join).map(p -> p.name().replace("-service", "")).toList();
    }
}
