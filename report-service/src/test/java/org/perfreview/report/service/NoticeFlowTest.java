package org.perfreview.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;
import org.perfreview.testsupport.PublishedEvents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;

/** A reviewed card with a round outcome: the notice on perf.notices and over REST, the review in unit and city reports. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class NoticeFlowTest {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String UNIT = "201001";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    @Test
    void aReturnedTableGetsItsNoticeWithExactlyTheOpenFindings() throws Exception {
        UUID batchId = UUID.randomUUID();
        connector.source("batches").send(ReportEvents.batchUpdated(ReportEvents.batch(batchId)));
        Finding dismissed = Cards.finding("VAL-08", "indicatorValues", "Sheet1", 16, "参训教师满意度", "满意度目标值80%不在90%–100%之间");
        Finding open = Cards.finding("VAL-01", "indicatorValues", "Sheet1", 12, "培训合格率", "指标“培训合格率”未填写指标值");
        ScoreCard machine = Cards.card(batchId, UNIT, "某市教育局机关", TableKind.OVERALL_TARGET, null, 1, 1, BigDecimal.valueOf(1000),
                Cards.spread(88), List.of(open, dismissed), List.of());
        ScoreCard reviewed = reviewed(machine, open, dismissed);
        connector.source("scored").send(ReportEvents.scored(machine));
        connector.source("scored").send(ReportEvents.scored(reviewed));

        await().atMost(WAIT).until(() -> !notices(batchId).isEmpty());
        JsonNode event = notices(batchId).get(0);
        assertThat(Schemas.validateEvent(event)).isEmpty();
        assertThat(event.path("payload").path("round").asText()).isEqualTo("初审");
        assertThat(event.path("payload").path("openFindings").asInt()).isEqualTo(1);
        assertThat(notices(batchId)).hasSize(1); // the machine card announced nothing

        given().auth().oauth2(TOKENS.unit(UNIT)).queryParam("round", "初审").get("/api/batches/{b}/units/{u}/notice", batchId, UNIT)
                .then().statusCode(200).body("openFindings", equalTo(1)).body("refileDeadline", equalTo("2024-11-20"))
                .body("tables[0].dimensions[0].findings[0].ruleCode", equalTo("VAL-01"));
        given().auth().oauth2(TOKENS.unit("201002")).queryParam("round", "初审").get("/api/batches/{b}/units/{u}/notice", batchId, UNIT)
                .then().statusCode(403);
        given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{b}/units/{u}/notice", batchId, UNIT).then().statusCode(400);
        given().auth().oauth2(TOKENS.reviewer()).queryParam("round", "复审").get("/api/batches/{b}/units/{u}/notice", batchId, UNIT)
                .then().statusCode(404);

        byte[] docx = given().auth().oauth2(TOKENS.unit(UNIT)).queryParam("round", "初审").queryParam("format", "docx")
                .get("/api/batches/{b}/units/{u}/notice", batchId, UNIT).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("一次性告知书", "培训合格率", "2024年11月20日").doesNotContain("参训教师满意度");
        }
        String html = given().auth().oauth2(TOKENS.reviewer()).queryParam("round", "初审").queryParam("format", "html")
                .get("/api/batches/{b}/units/{u}/notice", batchId, UNIT).then().statusCode(200).extract().asString();
        assertThat(html).contains("培训合格率").doesNotContain("参训教师满意度").doesNotContain("reviewer");

        given().auth().oauth2(TOKENS.unit(UNIT)).get("/api/batches/{b}/units/{u}/report", batchId, UNIT).then().statusCode(200)
                .body("tables[0].review.machineTotal", equalTo(88))
                .body("tables[0].review.decisions[0].action", equalTo("DISMISS"))
                .body("tables[0].review.rounds[0].outcome", equalTo("退回修改"));
        String unitPage = given().auth().oauth2(TOKENS.unit(UNIT)).queryParam("format", "html")
                .get("/api/batches/{b}/units/{u}/report", batchId, UNIT).then().statusCode(200).extract().asString();
        assertThat(unitPage).contains("审核意见", "机器评分", "撤销", "口径合理", "初审：退回修改");
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{b}/report", batchId)
                .then().statusCode(200)
                .body("reviewProgress.reviewedTables", equalTo(1))
                .body("reviewProgress.rounds[0].returned", equalTo(1))
                .body("reviewProgress.ruleQuality.find { it.ruleCode == 'VAL-08' }.dismissed", equalTo(1))
                .body("reviewProgress.ruleQuality.find { it.ruleCode == 'VAL-08' }.dismissalRate", equalTo(100.0f))
                .body("reviewProgress.ruleQuality.find { it.ruleCode == 'VAL-08' }.topDismissalReasons[0].reason", equalTo("口径合理")));
        String cityPage = given().auth().oauth2(TOKENS.reviewer()).queryParam("format", "html").get("/api/batches/{b}/report", batchId)
                .then().statusCode(200).extract().asString();
        assertThat(cityPage).contains("审核进度", "规则质量", "data-rule-quality=\"VAL-08\"", "口径合理（1）", "退回修改");
    }

    private static ScoreCard reviewed(ScoreCard m, Finding open, Finding dismissed) {
        Review review = new Review(m.total(), m.grade(), m.dimensions(), 1,
                List.of(new Review.Decision(1, "VAL-08@参训教师满意度", Review.DISMISS, Review.APPLIED, "VAL-08", dismissed.title(),
                        dismissed.dimension(), dismissed.severity(), "参训教师满意度", BigDecimal.ONE, BigDecimal.ZERO, "口径合理",
                        m.submissionId(), Cards.T0)),
                List.of(new Review.RoundOutcome("初审", Review.RETURNED, LocalDate.of(2024, 11, 20), m.submissionId(), 1, Cards.T0)),
                false, 1);
        return new ScoreCard(m.submissionId(), m.unitCode(), m.unitName(), m.rulebookVersion(), m.total().add(BigDecimal.ONE),
                m.grade(), m.action(), m.dimensions(), List.of(open), m.outcomes(), m.submission(), m.facts(), m.scoredAt().plusSeconds(1),
                2, true, review, List.of());
    }

    private List<JsonNode> notices(UUID batchId) {
        return published.envelopes(Events.NOTICE_ISSUED.topic(), ofBatch(batchId));
    }
}
