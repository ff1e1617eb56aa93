package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.ScoringFailure;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.perfreview.testsupport.Envelopes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.intake.rest.IntakeApi.TOKENS;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;

/** One status through the pipeline: read on upload, scored with total and grade once perf.submissions.scored says so. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SubmissionStatusTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void statusMovesFromReadToScoredWithTotalAndGrade() throws Exception {
        String batchId = newBatch();
        JsonPath accepted = upload(admin(), batchId, "1.1.xlsx", sample("overall-targets/1.1.xlsx")).then().statusCode(202)
                .extract().jsonPath();
        String id = accepted.getString("submissions[0].submissionId");
        assertThat(accepted.getString("submissions[0].status")).isEqualTo("read");
        assertThat((String) as(admin()).get("/api/submissions/{id}", id).path("status")).isEqualTo("read");

        connector.source("scored").send(scored(batchId, id, 1, "86.50", "良好"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "scored".equals(as(admin()).get("/api/submissions/{id}", id).path("status")));
        JsonPath status = as(TOKENS.unit("201001")).get("/api/submissions/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("submissionId")).isEqualTo(id);
        assertThat(new BigDecimal(status.getString("total"))).isEqualByComparingTo("86.50");
        assertThat(status.getString("grade")).isEqualTo("良好");

        // an older scoring run arriving late does not overwrite the newer score
        connector.source("scored").send(scored(batchId, id, 2, "90.00", "优秀"));
        connector.source("scored").send(scored(batchId, id, 1, "10.00", "不合格"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "优秀".equals(as(admin()).get("/api/submissions/{id}", id).path("grade")));
        Thread.sleep(500);
        assertThat((String) as(admin()).get("/api/submissions/{id}", id).path("grade")).isEqualTo("优秀");
    }

    @Test
    void scoringFailureShowsAsFailedWithTheReason() throws Exception {
        String batchId = newBatch();
        String id = upload(admin(), batchId, "1.1.xlsx", sample("overall-targets/1.1.xlsx")).then().statusCode(202)
                .extract().path("submissions[0].submissionId");
        ScoringFailure failure = new ScoringFailure(UUID.fromString(id), UUID.fromString(batchId), "201001",
                "NotFoundException: no rulebook version 1999.9", Instant.now());
        connector.source("scored").send(Envelopes.write(Events.SUBMISSION_SCORING_FAILED.envelope(UUID.fromString(batchId), UUID.fromString(id), failure)));
        await().atMost(Duration.ofSeconds(20)).until(() -> "failed".equals(as(admin()).get("/api/submissions/{id}", id).path("status")));
        assertThat((String) as(admin()).get("/api/submissions/{id}", id).path("failure")).contains("1999.9");
        assertThat(as(admin()).get("/api/batches/{id}/submissions?status=failed", batchId).then().statusCode(200)
                .extract().jsonPath().getList("items.submissionId")).containsExactly(id);

        // a later run that scores the table clears the failure; a score of a submission intake never stored is ignored
        connector.source("scored").send(scored(batchId, UUID.randomUUID().toString(), 1, "80.00", "良好"));
        connector.source("scored").send(scored(batchId, id, 2, "75.00", "合格"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "scored".equals(as(admin()).get("/api/submissions/{id}", id).path("status")));
        assertThat((String) as(admin()).get("/api/submissions/{id}", id).path("failure")).isNull();
    }

    @Test
    void batchSubmissionsArePagedFilteredAndScopedAndUploadsReadable() {
        String batchId = newBatch();
        String uploadId = upload(admin(), batchId, "1.1.xlsx", sample("overall-targets/1.1.xlsx")).then().statusCode(202)
                .extract().path("uploadId");
        upload(admin(), batchId, "x.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).then().statusCode(415);

        JsonPath all = as(admin()).get("/api/batches/{id}/submissions?size=1", batchId).then().statusCode(200).extract().jsonPath();
        assertThat(all.getLong("total")).isEqualTo(2);
        assertThat(all.getList("items")).hasSize(1);
        JsonPath rejected = as(admin()).get("/api/batches/{id}/submissions?status=rejected", batchId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rejected.getList("items.status")).containsExactly("rejected");
        JsonPath mine = as(TOKENS.unit("201001")).get("/api/batches/{id}/submissions", batchId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getList("items.unitCode")).containsExactly("201001");
        assertThat(as(TOKENS.unit("201002")).get("/api/batches/{id}/submissions", batchId).then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
        as(admin()).get("/api/batches/{id}/submissions?status=nonsense", batchId).then().statusCode(400);
        as(admin()).get("/api/batches/{id}/submissions", UUID.randomUUID()).then().statusCode(404);

        JsonPath upload = as(TOKENS.unit("201001")).get("/api/uploads/{id}", uploadId).then().statusCode(200).extract().jsonPath();
        assertThat(upload.getString("uploadId")).isEqualTo(uploadId);
        assertThat(upload.getString("status")).isEqualTo("accepted");
        assertThat(upload.getList("submissions.unitCode")).containsExactly("201001");
        as(TOKENS.unit("201002")).get("/api/uploads/{id}", uploadId).then().statusCode(403);
        as(admin()).get("/api/uploads/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private static String scored(String batchId, String submissionId, int run, String total, String grade) throws Exception {
        ScoreCard card = new ScoreCard(UUID.fromString(submissionId), "201001", "中共岳阳市委办公室本级", "2024.1", new BigDecimal(total),
                grade, "通过", Map.of(), java.util.List.of(), java.util.List.of(), null, Map.of(), Instant.now(), run);
        return Envelopes.write(Events.SUBMISSION_SCORED.envelope(UUID.fromString(batchId), UUID.fromString(submissionId), card));
    }
}
