package org.perfreview.scoring.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.scoring.persistence.RescoreJobEntity;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/** Batch re-scoring runs as a background job in chunks, reports its progress, and coalesces requests still waiting. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RescoreJobsTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** More tables than one chunk (perf.scoring.rescore.chunk-size is 3 in tests), and not a multiple of it. */
    private static final int TABLES = 7;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;
    @Inject
    RescoreJobs jobs;

    @Test
    void aJobReScoresEveryLatestTableOfTheBatchInChunksAndSaysSo() {
        UUID batchId = UUID.randomUUID();
        List<UUID> submissions = IntStream.range(0, TABLES).mapToObj(i -> UUID.randomUUID()).toList();
        for (int i = 0; i < TABLES; i++) {
            connector.source("normalized").send(ScoringEvents.normalized(batchId, submissions.get(i), "30100" + i));
        }
        submissions.forEach(id -> awaitRuns(id, 1));

        String job = given().auth().oauth2(TOKENS.admin()).contentType("application/json").body("{}")
                .post("/api/batches/{id}/rescore", batchId)
                .then().statusCode(202).extract().path("id");

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TOKENS.reviewer()).get("/api/rescore-jobs/{id}", job)
                .then().statusCode(200).body("status", equalTo("done")).body("total", equalTo(TABLES)).body("done", equalTo(TABLES)));
        submissions.forEach(id -> assertThat(awaitRuns(id, 2)).extracting(e -> e.path("payload").path("scoringRun").asInt())
                .containsExactly(1, 2));
        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/rescore-jobs", batchId)
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(job));
    }

    @Test
    void aJobLeftRunningByAStoppedReplicaIsResumedFromItsCursor() {
        UUID batchId = UUID.randomUUID();
        // The order the job walks the batch in: PostgreSQL compares uuids byte by byte, as their text sorts.
        List<UUID> submissions = IntStream.range(0, TABLES).mapToObj(i -> UUID.randomUUID())
                .sorted(Comparator.comparing(UUID::toString)).toList();
        for (int i = 0; i < TABLES; i++) {
            connector.source("normalized").send(ScoringEvents.normalized(batchId, submissions.get(i), "30200" + i));
        }
        submissions.forEach(id -> awaitRuns(id, 1));

        // What a replica killed after its first chunk leaves behind: the job running, its cursor at that chunk's last table.
        int chunk = 3;
        UUID job = QuarkusTransaction.requiringNew().call(() -> {
            RescoreJobEntity left = new RescoreJobEntity();
            left.id = UUID.randomUUID();
            left.batchId = batchId;
            left.reason = "requested";
            left.requestedBy = "test";
            left.status = RescoreJobEntity.RUNNING;
            left.requestedAt = Instant.now();
            left.startedAt = left.requestedAt;
            left.total = TABLES;
            left.done = chunk;
            left.cursorSubmission = submissions.get(chunk - 1);
            left.persist();
            return left.id;
        });

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TOKENS.reviewer()).get("/api/rescore-jobs/{id}", job)
                .then().statusCode(200).body("status", equalTo("done")).body("done", equalTo(TABLES)));
        for (int i = chunk; i < TABLES; i++) {
            assertThat(awaitRuns(submissions.get(i), 2)).as("table %d, after the cursor", i).hasSize(2);
        }
        for (int i = 0; i < chunk; i++) {
            assertThat(published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissions.get(i))))
                    .as("table %d, re-scored before the stop", i).hasSize(1);
        }
    }

    @Test
    void aRequestJoinsTheBatchsJobThatHasNotStarted() {
        UUID batchId = UUID.randomUUID();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                jobs.enqueue(batchId, null, "first", "test").id,
                jobs.enqueue(batchId, "v2", "second", "test").id));
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        RescoreJobEntity job = QuarkusTransaction.requiringNew().call(() -> RescoreJobEntity.findById(ids.get(0)));
        assertThat(job.reason).isEqualTo("second");
        assertThat(job.rulebookVersion).isEqualTo("v2");
    }

    @Test
    void anUnknownBatchOrRulebookVersionIsRefusedAndQueuesNothing() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TOKENS.admin()).contentType("application/json").body("{}")
                .post("/api/batches/{id}/rescore", unknown)
                .then().statusCode(404).body("status", equalTo(404));

        UUID batchId = UUID.randomUUID();
        UUID submissionId = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(batchId, submissionId));
        awaitRuns(submissionId, 1);
        given().auth().oauth2(TOKENS.admin()).contentType("application/json").body("{\"rulebookVersion\":\"no-such-version\"}")
                .post("/api/batches/{id}/rescore", batchId)
                .then().statusCode(404).body("detail", org.hamcrest.Matchers.containsString("no-such-version"));
        given().auth().oauth2(TOKENS.admin()).get("/api/batches/{id}/rescore-jobs", batchId)
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TOKENS.admin()).get("/api/rescore-jobs/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private List<JsonNode> awaitRuns(UUID submissionId, int count) {
        await().atMost(WAIT).until(() -> published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId)).size() >= count);
        return published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId));
    }
}
