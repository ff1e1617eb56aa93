package org.perfreview.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;
import org.perfreview.report.persistence.RebuildJob;
import org.perfreview.report.persistence.RebuildJobStore;
import org.perfreview.report.persistence.ScoreCardStore;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Rebuilding a batch's aggregate runs as a background job: 202 with the job, its status followed until done, a request
 * joining the batch's waiting job, unknown batches and jobs refused, a job left running by a stopped replica finished by
 * another, and every replica's aggregate rebuilt once the job is done.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RebuildJobsTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NOT_FOUND = "urn:perf-review:problem:not-found";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;
    @Inject
    RebuildJobs jobs;
    @Inject
    RebuildJobStore jobStore;
    @Inject
    ScoreCardStore store;
    @Inject
    Aggregates aggregates;
    @Inject
    EntityManager em;

    @Test
    void aRebuildIsQueuedRunsAndSaysSoAndEveryReplicaFollowsIt() {
        UUID batchId = UUID.randomUUID();
        List<ScoreCard> cards = fileTwoTables(batchId);
        Aggregates otherReplica = new Aggregates();
        otherReplica.store = store;
        otherReplica.rebuildJobs = jobStore;
        assertThat(tables(otherReplica, batchId)).isEqualTo(2);

        // A card removed from the store (an operator's repair): catching up only adds cards, so both replicas still count it.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from score_card where submission_id = ?1")
                .setParameter(1, cards.get(1).submissionId()).executeUpdate());
        assertThat(tables(aggregates, batchId)).isEqualTo(2);
        assertThat(tables(otherReplica, batchId)).isEqualTo(2);

        var accepted = given().auth().oauth2(TOKENS.reviewer()).post("/api/batches/{id}/report/rebuild", batchId)
                .then().statusCode(202).body("status", equalTo("queued")).body("batchId", equalTo(batchId.toString()))
                .body("requestedBy", equalTo("reviewer")).body("requestedAt", notNullValue()).extract();
        String job = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith("/api/rebuild-jobs/" + job);

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TOKENS.admin()).get("/api/rebuild-jobs/{id}", job)
                .then().statusCode(200).body("status", equalTo("done")).body("tables", equalTo(1))
                .body("startedAt", notNullValue()).body("finishedAt", notNullValue()));
        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report/rebuild-jobs", batchId)
                .then().statusCode(200).body("id", hasItem(job)).body("[0].id", equalTo(job));

        assertThat(tables(aggregates, batchId)).as("the replica that ran the job").isEqualTo(1);
        assertThat(tables(otherReplica, batchId)).as("a replica that did not run it").isEqualTo(1);
        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report", batchId)
                .then().statusCode(200).body("scope.tablesByKind.OVERALL_TARGET", equalTo(1));
    }

    @Test
    void aRequestJoinsTheBatchsJobThatHasNotStartedAndALaterOneQueuesAnother() {
        UUID batchId = UUID.randomUUID();
        fileTwoTables(batchId);
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                jobs.request(batchId, "first").id(), jobs.request(batchId, "second").id()));
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        await().atMost(WAIT).until(() -> "done".equals(status(ids.get(0))));

        UUID next = QuarkusTransaction.requiringNew().call(() -> jobs.request(batchId, "third").id());
        assertThat(next).isNotEqualTo(ids.get(0));
        await().atMost(WAIT).until(() -> "done".equals(status(next)));
    }

    @Test
    void aJobLeftRunningIsFinishedByAnotherWorkerOnlyOnceNoneHoldsIt() throws Exception {
        UUID batchId = UUID.randomUUID();
        fileTwoTables(batchId);
        UUID job = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into rebuild_job(id, batch_id, status, requested_by,"
                + " started_at) values (?1, ?2, 'running', 'stopped-replica', now())").setParameter(1, job).setParameter(2, batchId).executeUpdate());

        // Another replica's worker is running it (it holds the row): this one leaves it alone.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherWorker = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(jobStore.lockRunning(job)).isTrue();
            locked.countDown();
            awaitQuietly(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> "running".equals(status(job)));

        // That replica stops without finishing: the row is free and this replica's worker finishes the job.
        release.countDown();
        otherWorker.get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> "done".equals(status(job)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobStore.find(job)).orElseThrow())
                .extracting(RebuildJob::tables, RebuildJob::error).containsExactly(2, null);
    }

    @Test
    void unknownBatchesAndJobsAreRefusedAsProblemsAndOnlyReviewersAndAdminsMayRebuild() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TOKENS.admin()).post("/api/batches/{id}/report/rebuild", unknown)
                .then().statusCode(404).body("type", equalTo(NOT_FOUND)).body("status", equalTo(404))
                .body("detail", endsWith(unknown.toString()));
        given().auth().oauth2(TOKENS.admin()).get("/api/batches/{id}/report/rebuild-jobs", unknown)
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TOKENS.admin()).get("/api/rebuild-jobs/{id}", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo(NOT_FOUND));

        UUID batchId = UUID.randomUUID();
        fileTwoTables(batchId);
        given().auth().oauth2(TOKENS.unit("201001")).post("/api/batches/{id}/report/rebuild", batchId).then().statusCode(403);
        given().auth().oauth2(TOKENS.unit("201001")).get("/api/batches/{id}/report/rebuild-jobs", batchId).then().statusCode(403);
    }

    private List<ScoreCard> fileTwoTables(UUID batchId) {
        List<ScoreCard> cards = List.of(
                Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 1, 95, List.of()),
                Cards.simple(batchId, "201002", "某市第一中学", TableKind.OVERALL_TARGET, 1, 50, List.of()));
        cards.forEach(c -> connector.source("scored").send(ReportEvents.scored(c)));
        cards.forEach(c -> await().atMost(WAIT).until(() -> !published.envelopes(Events.UNIT_REPORT_UPDATED.topic(),
                PublishedEvents.ofSubmission(c.submissionId())).isEmpty()));
        return cards;
    }

    private static int tables(Aggregates replica, UUID batchId) {
        return QuarkusTransaction.requiringNew().call(() -> replica.catchUp(batchId).tableCount());
    }

    private String status(UUID job) {
        return QuarkusTransaction.requiringNew().call(() -> jobStore.find(job).map(RebuildJob::status).orElse(null));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
