package org.perfreview.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/** The report service end to end: batch and score cards in, reports out over REST and through the outbox. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportFlowTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    /** 201001 files an excellent overall and a project table, 201002 a failing overall; 202001 files nothing. */
    private List<ScoreCard> fileBatch(UUID batchId) {
        connector.source("batches").send(ReportEvents.batchUpdated(ReportEvents.batch(batchId)));
        List<ScoreCard> cards = List.of(
                Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 1, 95, List.of()),
                Cards.simple(batchId, "201001", "某市教育局机关", TableKind.PROJECT_TARGET, 1, 80, List.of()),
                Cards.simple(batchId, "201002", "某市第一中学", TableKind.OVERALL_TARGET, 1, 50, List.of()));
        cards.forEach(c -> connector.source("scored").send(ReportEvents.scored(c)));
        cards.forEach(c -> await().atMost(WAIT).until(() -> unitReports(c.submissionId()).size() == 1));
        return cards;
    }

    @Test
    void cityReportCountsUnitsTablesAndMissingFilers() {
        UUID batchId = UUID.randomUUID();
        fileBatch(batchId);

        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report", batchId)
                .then().statusCode(200)
                .body("scope.unitsFiled", equalTo(2))
                .body("scope.unitsExpected", equalTo(3))
                .body("scope.tablesByKind.OVERALL_TARGET", equalTo(2))
                .body("scope.tablesByKind.PROJECT_TARGET", equalTo(1))
                .body("notFiled.unitCode", equalTo(List.of("202001")))
                .body("failingUnits.unitCode", equalTo(List.of("201002")))
                .body("scoreSheet", hasSize(2));
        given().auth().oauth2(TOKENS.unit("201001")).get("/api/batches/{id}/report", batchId)
                .then().statusCode(403);
    }

    @Test
    void cityReportJsonIsTaggedAndUnchangedUntilACardArrives() {
        UUID batchId = UUID.randomUUID();
        fileBatch(batchId);

        Response first = given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report", batchId);
        String tag = first.header("ETag");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.header("Cache-Control")).contains("private").contains("no-cache");
        assertThat(first.jsonPath().getInt("scope.unitsFiled")).isEqualTo(2);
        // the same version is written once: a second request gets the very same bytes
        assertThat(given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report", batchId).asByteArray())
                .isEqualTo(first.asByteArray());

        given().auth().oauth2(TOKENS.reviewer()).header("If-None-Match", tag).get("/api/batches/{id}/report", batchId)
                .then().statusCode(304).header("ETag", tag).body(equalTo(""));

        ScoreCard late = Cards.simple(batchId, "202001", "某市第二中学", TableKind.OVERALL_TARGET, 1, 70, List.of());
        connector.source("scored").send(ReportEvents.scored(late));
        await().atMost(WAIT).until(() -> unitReports(late.submissionId()).size() == 1);
        Response changed = given().auth().oauth2(TOKENS.reviewer()).header("If-None-Match", tag)
                .get("/api/batches/{id}/report", batchId);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().getInt("scope.unitsFiled")).isEqualTo(3);
    }

    @Test
    void cityReportComesInEveryFormat() {
        UUID batchId = UUID.randomUUID();
        fileBatch(batchId);

        assertDownload(batchId, "html", "text/html");
        assertDownload(batchId, "xlsx", XLSX);
        assertDownload(batchId, "docx", DOCX);
    }

    @Test
    void unitReportIsVisibleToItsUnit() {
        UUID batchId = UUID.randomUUID();
        fileBatch(batchId);

        given().auth().oauth2(TOKENS.unit("201001")).get("/api/batches/{id}/units/{unit}/report", batchId, "201001")
                .then().statusCode(200)
                .body("unitCode", equalTo("201001"))
                .body("tables", hasSize(2))
                .body("tables.tableKind", hasItem("PROJECT_TARGET"));
        given().auth().oauth2(TOKENS.unit("201002")).get("/api/batches/{id}/units/{unit}/report", batchId, "201001")
                .then().statusCode(403);
    }

    @Test
    void eachNewCardPublishesOneUnitReportAndARepeatPublishesNone() {
        UUID batchId = UUID.randomUUID();
        List<ScoreCard> cards = fileBatch(batchId);
        for (ScoreCard card : cards) {
            List<JsonNode> events = unitReports(card.submissionId());
            assertThat(events).hasSize(1);
            assertThat(Schemas.validateEvent(events.get(0))).isEmpty();
            assertThat(events.get(0).path("payload").path("unitCode").asText()).isEqualTo(card.unitCode());
        }

        ScoreCard repeated = cards.get(0);
        connector.source("scored").send(ReportEvents.scored(repeated));
        // a later new card proves the repeat was consumed before we count
        ScoreCard marker = Cards.simple(batchId, "202001", "某市卫生健康委员会", TableKind.OVERALL_TARGET, 1, 70, List.of());
        connector.source("scored").send(ReportEvents.scored(marker));
        await().atMost(WAIT).until(() -> unitReports(marker.submissionId()).size() == 1);
        assertThat(unitReports(repeated.submissionId())).hasSize(1);
    }

    @Test
    void aCityReportIsPublishedOnceChangesSettle() {
        UUID batchId = UUID.randomUUID();
        fileBatch(batchId);

        await().atMost(WAIT).until(() -> !cityReports(batchId).isEmpty());
        JsonNode envelope = cityReports(batchId).get(0);
        assertThat(Schemas.validateEvent(envelope)).isEmpty();
        assertThat(envelope.path("payload").path("round").asInt()).isEqualTo(1);
        assertThat(envelope.path("payload").path("scope").path("unitsExpected").asInt()).isEqualTo(3);
    }

    private void assertDownload(UUID batchId, String format, String contentType) {
        Response response = given().auth().oauth2(TOKENS.reviewer()).queryParam("format", format)
                .get("/api/batches/{id}/report", batchId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(contentType);
        assertThat(response.asByteArray()).isNotEmpty();
    }

    private List<JsonNode> unitReports(UUID submissionId) {
        return published.envelopes(Events.UNIT_REPORT_UPDATED.topic(), ofSubmission(submissionId));
    }

    private List<JsonNode> cityReports(UUID batchId) {
        return published.envelopes(Events.CITY_REPORT_UPDATED.topic(), ofBatch(batchId));
    }
}
