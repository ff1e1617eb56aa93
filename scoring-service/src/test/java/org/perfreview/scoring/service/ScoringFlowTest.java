package org.perfreview.scoring.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.testsupport.PublishedEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/** The scoring service end to end: in-memory incoming channels, real PostgreSQL, outbox relayed to a mock producer. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ScoringFlowTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    @Test
    void normalizedTableIsScoredOnceWithAValidEventAndConsistentTotal() {
        UUID batchId = UUID.randomUUID();
        UUID submissionId = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(batchId, submissionId));

        JsonNode envelope = awaitScored(submissionId, 1).get(0);
        assertThat(Schemas.validateEvent(envelope)).isEmpty();
        JsonNode card = envelope.path("payload");
        assertThat(card.path("unitCode").asText()).isEqualTo(ScoringEvents.UNIT);
        assertThat(card.path("scoringRun").asInt()).isEqualTo(1);
        assertThat(card.path("dimensions").size()).isEqualTo(8);
        BigDecimal sum = StreamSupport.stream(card.path("dimensions").spliterator(), false)
                .map(JsonNode::decimalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(card.path("total").decimalValue()).isEqualByComparingTo(sum);
    }

    @Test
    void scoreIsReadableByReviewersAndTheOwnUnitOnly() {
        UUID submissionId = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(UUID.randomUUID(), submissionId));
        awaitScored(submissionId, 1);

        given().auth().oauth2(TOKENS.reviewer()).get("/api/submissions/{id}/score", submissionId)
                .then().statusCode(200)
                .body("submissionId", equalTo(submissionId.toString()))
                .body("total", notNullValue());
        given().auth().oauth2(TOKENS.unit(ScoringEvents.UNIT)).get("/api/submissions/{id}/score", submissionId)
                .then().statusCode(200);
        given().auth().oauth2(TOKENS.unit("999999")).get("/api/submissions/{id}/score", submissionId)
                .then().statusCode(403);
        given().get("/api/submissions/{id}/score", submissionId)
                .then().statusCode(401);
    }

    @Test
    void theSameEventDeliveredTwiceIsScoredOnce() {
        UUID submissionId = UUID.randomUUID();
        String event = ScoringEvents.normalized(UUID.randomUUID(), submissionId);
        connector.source("normalized").send(event);
        awaitScored(submissionId, 1);

        connector.source("normalized").send(event);
        // a later, different submission proves the duplicate has been consumed before we count
        UUID marker = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(UUID.randomUUID(), marker));
        awaitScored(marker, 1);
        assertThat(scored(submissionId)).hasSize(1);
    }

    @Test
    void poisonMessageBecomesADeadLetterAndTheNextMessageStillProcesses() {
        String poison = "not json " + UUID.randomUUID();
        connector.source("normalized").send(poison);
        UUID submissionId = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(UUID.randomUUID(), submissionId));

        awaitScored(submissionId, 1);
        await().atMost(WAIT).untilAsserted(() ->
                given().auth().oauth2(TOKENS.admin()).get("/api/dead-letters")
                        .then().statusCode(200)
                        .body("payload", hasItem(poison))
                        .body("find { it.payload == '" + poison + "' }.channel", equalTo("normalized")));
        given().auth().oauth2(TOKENS.reviewer()).get("/api/dead-letters").then().statusCode(403);
    }

    @Test
    void rescoringABatchPublishesASecondRun() {
        UUID batchId = UUID.randomUUID();
        UUID submissionId = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(batchId, submissionId));
        awaitScored(submissionId, 1);

        var accepted = given().auth().oauth2(TOKENS.reviewer()).contentType("application/json").body("{}")
                .post("/api/batches/{id}/rescore", batchId)
                .then().statusCode(202)
                .body("batchId", equalTo(batchId.toString()))
                .extract();
        String job = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith("/api/rescore-jobs/" + job);

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TOKENS.reviewer()).get("/api/rescore-jobs/{id}", job)
                .then().statusCode(200).body("status", equalTo("done")).body("total", equalTo(1)).body("done", equalTo(1)));
        given().auth().oauth2(TOKENS.unit(ScoringEvents.UNIT)).get("/api/rescore-jobs/{id}", job).then().statusCode(403);
        List<JsonNode> events = awaitScored(submissionId, 2);
        assertThat(events).extracting(e -> e.path("payload").path("scoringRun").asInt()).containsExactly(1, 2);
        assertThat(Schemas.validateEvent(events.get(1))).isEmpty();
        given().auth().oauth2(TOKENS.reviewer()).get("/api/submissions/{id}/score", submissionId)
                .then().statusCode(200).body("scoringRun", equalTo(2));
    }

    @Test
    void anInvalidRulebookIsRefusedWithItsProblems() {
        given().auth().oauth2(TOKENS.admin()).contentType("application/json").body("{\"version\":\"broken\",\"rules\":[{}]}")
                .post("/api/rulebooks")
                .then().statusCode(422)
                .body("problems.size()", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(TOKENS.reviewer()).get("/api/rulebooks")
                .then().statusCode(200)
                .body("version", org.hamcrest.Matchers.not(hasItem("broken")));
    }

    private List<JsonNode> awaitScored(UUID submissionId, int count) {
        await().atMost(WAIT).until(() -> scored(submissionId).size() >= count);
        return scored(submissionId);
    }

    private List<JsonNode> scored(UUID submissionId) {
        return published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId));
    }
}
