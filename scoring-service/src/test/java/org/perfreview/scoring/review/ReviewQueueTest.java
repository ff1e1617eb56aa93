package org.perfreview.scoring.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reviewer queue: what awaits review, filtered, sorted and paginated; returned tables leave it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReviewQueueTest {

    private static final Tokens TOKENS = Tokens.forTests();

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void queueFiltersSortsPagesAndDropsReturnedTables() {
        UUID batchId = UUID.randomUUID();
        Map<String, UUID> tables = Map.of("401001", UUID.randomUUID(), "402001", UUID.randomUUID(), "402002", UUID.randomUUID());
        tables.forEach((unit, id) -> connector.source("normalized")
                .send(ReviewTables.normalized(batchId, id, unit, 1, !unit.equals("402002"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue(batchId, "").path("total").asInt() == 3);

        JsonNode byTotal = queue(batchId, "sort=total&order=desc");
        List<Double> totals = StreamSupport.stream(byTotal.path("items").spliterator(), false).map(i -> i.path("total").asDouble()).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(byTotal.path("items").get(0).path("unitCode").asText()).isEqualTo("402002"); // the one without the missing value

        JsonNode department = queue(batchId, "department=402");
        assertThat(department.path("total").asInt()).isEqualTo(2);
        assertThat(StreamSupport.stream(department.path("items").spliterator(), false).map(i -> i.path("department").asText()))
                .containsOnly("402");

        JsonNode firstPage = queue(batchId, "sort=unitCode&size=2&page=0");
        JsonNode secondPage = queue(batchId, "sort=unitCode&size=2&page=1");
        assertThat(firstPage.path("total").asInt()).isEqualTo(3);
        assertThat(firstPage.path("items").size()).isEqualTo(2);
        assertThat(secondPage.path("items").size()).isEqualTo(1);
        assertThat(secondPage.path("items").get(0).path("unitCode").asText()).isEqualTo("402002");

        JsonNode withErrors = queue(batchId, "unreviewedErrors=true");
        assertThat(StreamSupport.stream(withErrors.path("items").spliterator(), false).map(i -> i.path("unreviewedErrors").asInt()))
                .allMatch(n -> n > 0);
        String worstGrade = byTotal.path("items").get(2).path("grade").asText();
        assertThat(StreamSupport.stream(queue(batchId, "grade=" + worstGrade).path("items").spliterator(), false)
                .map(i -> i.path("grade").asText())).containsOnly(worstGrade);

        given().auth().oauth2(TOKENS.reviewer()).contentType("application/json")
                .body(Map.of("round", "初审", "outcome", "退回修改", "refileDeadline", "2024-11-20"))
                .post("/api/submissions/{id}/outcomes", tables.get("401001")).then().statusCode(201);
        assertThat(queue(batchId, "").path("total").asInt()).isEqualTo(2);
        assertThat(queue(batchId, "round=复审").path("total").asInt()).isEqualTo(2);

        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/review-queue?sort=nope", batchId).then().statusCode(400);
        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/review-queue?size=0", batchId).then().statusCode(400);
        given().auth().oauth2(TOKENS.unit("401001")).get("/api/batches/{id}/review-queue", batchId).then().statusCode(403);
    }

    private static JsonNode queue(UUID batchId, String query) {
        return given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/" + batchId + "/review-queue" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200).extract().as(JsonNode.class);
    }
}
