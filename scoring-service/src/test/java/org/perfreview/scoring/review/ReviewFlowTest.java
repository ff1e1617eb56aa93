package org.perfreview.scoring.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.scoring.service.ScoringEvents;
import org.perfreview.testsupport.Envelopes;
import org.perfreview.testsupport.PublishedEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/** Decisions, round outcomes and the audit log through the REST API, with the reviewed cards the outbox relays. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReviewFlowTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    @Test
    void reviewOfOneTableFromMachineScoreToFinalSignOff() {
        UUID batchId = UUID.randomUUID();
        String unit = "301001";
        UUID v1 = UUID.randomUUID();
        connector.source("normalized").send(ReviewTables.normalized(batchId, v1, unit, 1));
        JsonNode machine = awaitScored(v1, 1).get(0).path("payload");
        assertThat(machine.path("reviewed").asBoolean()).isFalse();

        JsonNode detail = reviewer().get("/api/submissions/{id}/review", v1).then().statusCode(200).extract().as(JsonNode.class);
        String missing = keyAt(detail, ReviewTables.MISSING_VALUE_INDICATOR, "ERROR");
        String satisfaction = keyAt(detail, ReviewTables.SATISFACTION_INDICATOR, null);
        BigDecimal satisfactionPoints = pointsOf(detail, satisfaction);

        // a unit may not decide; a dismissal needs a reason
        given().auth().oauth2(TOKENS.unit(unit)).contentType("application/json")
                .body(Map.of("action", "DISMISS", "finding", satisfaction, "reason", "x"))
                .post("/api/submissions/{id}/decisions", v1).then().statusCode(403);
        decide(v1, Map.of("action", "DISMISS", "finding", satisfaction)).statusCode(400).body("detail", containsString("reason"));
        decide(v1, Map.of("action", "ADJUST", "finding", missing, "points", 99)).statusCode(400);
        decide(v1, Map.of("action", "CONFIRM", "finding", "NOPE@无")).statusCode(404);

        JsonNode dismissed = decide(v1, Map.of("action", "DISMISS", "finding", satisfaction, "reason", "本单位满意度口径为80%，经核实合理"))
                .statusCode(201).extract().as(JsonNode.class).path("card");
        assertThat(dismissed.path("reviewed").asBoolean()).isTrue();
        assertThat(dismissed.path("total").decimalValue())
                .isEqualByComparingTo(machine.path("total").decimalValue().add(satisfactionPoints));
        assertThat(dismissed.path("review").path("machineTotal").decimalValue()).isEqualByComparingTo(machine.path("total").decimalValue());

        JsonNode added = decide(v1, Map.of("action", "ADD", "standard", 2, "dimension", "goal", "points", 2, "severity", "WARNING",
                "text", "整体目标未体现本年度重点工作", "fix", "补充年度重点工作及其量化目标",
                "location", Map.of("sheet", "Sheet1", "row", 6))).statusCode(201).extract().as(JsonNode.class);
        JsonNode card = added.path("card");
        assertThat(card.path("total").decimalValue()).isEqualByComparingTo(dismissed.path("total").decimalValue().subtract(new BigDecimal("2")));
        assertThat(card.path("dimensions").path("goal").decimalValue()).isEqualByComparingTo(
                machine.path("dimensions").path("goal").decimalValue().subtract(new BigDecimal("2")));
        assertThat(sumOfDimensions(card)).isEqualByComparingTo(card.path("total").decimalValue());
        assertThat(card.toString()).doesNotContain("reviewer");

        // the reviewed cards went out on the topic, valid against the schema
        List<JsonNode> events = awaitScored(v1, 3);
        JsonNode last = events.get(events.size() - 1);
        assertThat(Schemas.validateEvent(last)).isEmpty();
        assertThat(last.path("payload").path("reviewed").asBoolean()).isTrue();
        assertThat(last.path("payload").path("scoringRun").asInt()).isEqualTo(3);

        // sign-off with an unreviewed error finding is refused; 退回修改 needs a deadline; units may not sign
        outcome(v1, Map.of("round", "初审", "outcome", "通过")).statusCode(409)
                .body("status", equalTo(409)).body("detail", containsString(missing));
        outcome(v1, Map.of("round", "初审", "outcome", "退回修改")).statusCode(400);
        outcome(v1, Map.of("round", "一审", "outcome", "退回修改", "refileDeadline", "2024-11-20")).statusCode(400);
        given().auth().oauth2(TOKENS.unit(unit)).contentType("application/json")
                .body(Map.of("round", "初审", "outcome", "退回修改", "refileDeadline", "2024-11-20"))
                .post("/api/submissions/{id}/outcomes", v1).then().statusCode(403);
        outcome(v1, Map.of("round", "初审", "outcome", "退回修改", "refileDeadline", "2024-11-20")).statusCode(201)
                .body("review.rounds[0].outcome", equalTo("退回修改"));

        // the unit refiles: the missing value is filled, the dismissal carries over, the added finding lapses
        UUID v2 = UUID.randomUUID();
        connector.source("normalized").send(ReviewTables.normalized(batchId, v2, unit, 2));
        JsonNode refiled = awaitScored(v2, 1).get(0).path("payload");
        assertThat(refiled.path("reviewed").asBoolean()).isTrue();
        assertThat(keys(refiled)).noneMatch(k -> k.endsWith("@" + ReviewTables.MISSING_VALUE_INDICATOR));
        assertThat(decisionStatus(refiled, satisfaction)).isEqualTo("CARRIED_OVER");
        assertThat(StreamSupport.stream(refiled.path("review").path("decisions").spliterator(), false)
                .filter(d -> d.path("action").asText().equals("ADD")).map(d -> d.path("status").asText())).containsExactly("LAPSED");
        assertThat(refiled.path("findings").toString()).doesNotContain("参训教师满意度");

        // a decision on the superseded version is refused with the reason
        decide(v1, Map.of("action", "CONFIRM", "finding", missing)).statusCode(409).body("detail", containsString("superseded"));

        // the reviewer confirms what errors remain, then signs off
        JsonNode v2Detail = reviewer().get("/api/submissions/{id}/review", v2).then().statusCode(200).extract().as(JsonNode.class);
        StreamSupport.stream(v2Detail.path("findings").spliterator(), false)
                .filter(f -> f.path("finding").path("severity").asText().equals("ERROR"))
                .forEach(f -> decide(v2, Map.of("action", "CONFIRM", "finding", f.path("key").asText())).statusCode(201));
        outcome(v2, Map.of("round", "复审", "outcome", "终审通过")).statusCode(201);
        decide(v2, Map.of("action", "CONFIRM", "finding", satisfaction)).statusCode(409).body("detail", containsString("signed off"));

        // an upload after sign-off is kept and flagged
        UUID v3 = UUID.randomUUID();
        connector.source("normalized").send(ReviewTables.normalized(batchId, v3, unit, 3));
        assertThat(awaitScored(v3, 1).get(0).path("payload").path("review").path("afterSignOff").asBoolean()).isTrue();

        // every step is in the audit log, which only reviewers and admins read
        JsonNode audit = reviewer().get("/api/batches/{id}/audit", batchId).then().statusCode(200).extract().as(JsonNode.class);
        assertThat(StreamSupport.stream(audit.spliterator(), false).map(a -> a.path("action").asText()))
                .containsSubsequence("DECISION_DISMISS", "DECISION_ADD", "OUTCOME", "RESCORED", "OUTCOME", "RESCORED");
        assertThat(audit.get(0).path("actor").asText()).isNotBlank();
        given().auth().oauth2(TOKENS.unit(unit)).get("/api/batches/{id}/audit", batchId).then().statusCode(403);
        // the unit reads its reviewed score, without reviewer names
        given().auth().oauth2(TOKENS.unit(unit)).get("/api/submissions/{id}/score", v2).then().statusCode(200)
                .body("reviewed", equalTo(true)).body("review.decisions[0].reviewer", equalTo(null));
    }

    @Test
    void theOpenApiDocumentListsTheReviewStatusCodes() {
        JsonNode api = given().get("/q/openapi?format=json").then().statusCode(200).extract().as(JsonNode.class);
        JsonNode decisions = api.path("paths").path("/api/submissions/{id}/decisions").path("post").path("responses");
        JsonNode outcomes = api.path("paths").path("/api/submissions/{id}/outcomes").path("post").path("responses");
        assertThat(decisions.has("201") && decisions.has("400") && decisions.has("404") && decisions.has("409")).as(decisions.toString()).isTrue();
        assertThat(outcomes.has("201") && outcomes.has("409")).as(outcomes.toString()).isTrue();
        assertThat(api.path("paths").path("/api/batches/{batchId}/review-queue").path("get").path("responses").has("400")).isTrue();
    }

    @Test
    void roundNamesAreBatchDataSetByAdmins() {
        UUID batchId = UUID.randomUUID();
        reviewer().get("/api/batches/{id}/rounds", batchId).then().statusCode(200).body("rounds", equalTo(List.of("初审", "复审", "终审")));
        given().auth().oauth2(TOKENS.reviewer()).contentType("application/json").body(Map.of("rounds", List.of("预审", "终审")))
                .put("/api/batches/{id}/rounds", batchId).then().statusCode(403);
        given().auth().oauth2(TOKENS.admin()).contentType("application/json").body(Map.of("rounds", List.of("预审", "预审")))
                .put("/api/batches/{id}/rounds", batchId).then().statusCode(400);
        given().auth().oauth2(TOKENS.admin()).contentType("application/json").body(Map.of("rounds", List.of("预审", "终审")))
                .put("/api/batches/{id}/rounds", batchId).then().statusCode(200);
        reviewer().get("/api/batches/{id}/rounds", batchId).then().statusCode(200).body("rounds", equalTo(List.of("预审", "终审")));
    }

    private static io.restassured.specification.RequestSpecification reviewer() {
        return given().auth().oauth2(TOKENS.reviewer());
    }

    private static ValidatableResponse decide(UUID submission, Map<String, ?> body) {
        return reviewer().contentType("application/json").body(body).post("/api/submissions/{id}/decisions", submission).then();
    }

    private static ValidatableResponse outcome(UUID submission, Map<String, ?> body) {
        return reviewer().contentType("application/json").body(body).post("/api/submissions/{id}/outcomes", submission).then();
    }

    static String keyAt(JsonNode detail, String indicator, String severity) {
        return StreamSupport.stream(detail.path("findings").spliterator(), false)
                .filter(f -> indicator.equals(f.path("finding").path("location").path("indicator").asText()))
                .filter(f -> severity == null || severity.equals(f.path("finding").path("severity").asText()))
                .map(f -> f.path("key").asText()).findFirst().orElseThrow(() -> new AssertionError("no finding at " + indicator + " in " + detail));
    }

    private static BigDecimal pointsOf(JsonNode detail, String key) {
        return StreamSupport.stream(detail.path("findings").spliterator(), false).filter(f -> key.equals(f.path("key").asText()))
                .map(f -> f.path("finding").path("points").decimalValue()).findFirst().orElseThrow();
    }

    private static List<String> keys(JsonNode card) {
        return org.perfreview.contracts.review.FindingIdentity.keys(StreamSupport.stream(card.path("findings").spliterator(), false)
                .map(f -> Envelopes.read(f.toString()))
                .map(f -> org.perfreview.contracts.Json.mapper().convertValue(f, org.perfreview.contracts.score.Finding.class)).toList());
    }

    private static String decisionStatus(JsonNode card, String key) {
        return StreamSupport.stream(card.path("review").path("decisions").spliterator(), false)
                .filter(d -> key.equals(d.path("findingKey").asText())).map(d -> d.path("status").asText()).findFirst().orElse("none");
    }

    private static BigDecimal sumOfDimensions(JsonNode card) {
        return StreamSupport.stream(card.path("dimensions").spliterator(), false).map(JsonNode::decimalValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<JsonNode> awaitScored(UUID submissionId, int count) {
        await().atMost(WAIT).until(() -> published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId)).size() >= count);
        return published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId));
    }
}
