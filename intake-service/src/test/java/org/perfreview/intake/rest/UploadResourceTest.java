package org.perfreview.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.testsupport.PublishedEvents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class UploadResourceTest {

    private static final String SAMPLE = "overall-targets/1.1.xlsx";

    @Inject
    PublishedEvents published;
    private static final String APPENDED = "（修订）";

    @Test
    void uploadMakesOneSubmissionAndOneValidEvent() {
        String batchId = newBatch();
        Response response = upload(admin(), batchId, "1.1.xlsx", sample(SAMPLE));
        response.then().statusCode(202);
        List<String> ids = response.path("submissions.submissionId");
        assertThat(ids).hasSize(1);
        assertThat((String) response.path("submissions[0].unitCode")).isEqualTo("201001");
        assertThat((String) response.path("submissions[0].tableKind")).isEqualTo("OVERALL_TARGET");
        assertThat((Integer) response.path("submissions[0].version")).isEqualTo(1);
        assertThat((Boolean) response.path("duplicate")).isFalse();

        List<ProducerRecord<String, String>> events = awaitEvents(batchId, 1);
        ProducerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo("201001");
        JsonNode envelope = IntakeApi.json(event.value());
        assertThat(Schemas.validateEvent(envelope)).isEmpty();
        assertThat(envelope.path("eventType").asText()).isEqualTo("SubmissionNormalized");
        assertThat(envelope.path("submissionId").asText()).isEqualTo(ids.get(0));
        assertThat(new String(event.headers().lastHeader(Topics.HEADER_EVENT_ID).value()))
                .isEqualTo(envelope.path("eventId").asText());
    }

    @Test
    void identicalFileAgainIsRecognisedWithoutNewEvent() {
        String batchId = newBatch();
        String first = upload(admin(), batchId, "1.1.xlsx", sample(SAMPLE)).then().statusCode(202)
                .extract().path("submissions[0].submissionId");
        awaitEvents(batchId, 1);

        Response again = upload(admin(), batchId, "1.1.xlsx", sample(SAMPLE));
        again.then().statusCode(202);
        assertThat((List<String>) again.path("submissions.submissionId")).containsExactly(first);
        assertThat((Boolean) again.path("duplicate")).isTrue();
        // give the relay (after-commit trigger plus its 1 s poll) time to send anything it would
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> published.records(Events.SUBMISSION_NORMALIZED.topic(), ofBatch(batchId)).size() == 1);
    }

    @Test
    void changedCellMakesVersionTwo() throws IOException {
        String batchId = newBatch();
        upload(admin(), batchId, "1.1.xlsx", sample(SAMPLE)).then().statusCode(202);
        Response second = upload(admin(), batchId, "1.1.xlsx", withChangedGoal(sample(SAMPLE)));
        second.then().statusCode(202);
        assertThat((String) second.path("submissions[0].unitCode")).isEqualTo("201001");
        assertThat((Integer) second.path("submissions[0].version")).isEqualTo(2);
        assertThat((Boolean) second.path("duplicate")).isFalse();

        List<ProducerRecord<String, String>> events = awaitEvents(batchId, 2);
        assertThat(events).extracting(ProducerRecord::key).containsExactly("201001", "201001");
        JsonNode latest = IntakeApi.json(events.get(1).value());
        assertThat(Schemas.validateEvent(latest)).isEmpty();
        assertThat(latest.path("payload").path("submission").path("version").asInt()).isEqualTo(2);
        assertThat(latest.toString()).contains(APPENDED);
    }

    @Test
    void submissionTableAndOriginalAreReadable() {
        String batchId = newBatch();
        byte[] bytes = sample(SAMPLE);
        String id = upload(admin(), batchId, "1.1.xlsx", bytes).then().statusCode(202).extract().path("submissions[0].submissionId");

        Response status = as(IntakeApi.TOKENS.reviewer()).get("/api/submissions/{id}", id);
        status.then().statusCode(200);
        assertThat((String) status.path("status")).isEqualTo("read");
        assertThat((String) status.path("batchId")).isEqualTo(batchId);
        assertThat((String) status.path("unitCode")).isEqualTo("201001");

        JsonNode table = IntakeApi.json(as(IntakeApi.TOKENS.unit("201001")).get("/api/submissions/{id}/table", id)
                .then().statusCode(200).contentType("application/json").extract().asString());
        assertThat(Schemas.validate(Schemas.NORMALIZED_TABLE, table)).isEmpty();
        assertThat(table.path("kind").asText()).isEqualTo("OVERALL_TARGET");

        byte[] original = as(admin()).get("/api/submissions/{id}/original", id)
                .then().statusCode(200).extract().asByteArray();
        assertThat(original).isEqualTo(bytes);
    }

    private List<ProducerRecord<String, String>> awaitEvents(String batchId, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> published.records(Events.SUBMISSION_NORMALIZED.topic(), ofBatch(batchId)).size() >= count);
        List<ProducerRecord<String, String>> events = published.records(Events.SUBMISSION_NORMALIZED.topic(), ofBatch(batchId));
        assertThat(events).hasSize(count);
        return events;
    }

    /** The sample with one cell changed: the 整体绩效目标 text (the longest string cell) gets a suffix. */
    private static byte[] withChangedGoal(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cell goal = null;
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("目标1")
                            && (goal == null || cell.getStringCellValue().length() > goal.getStringCellValue().length())) {
                        goal = cell;
                    }
                }
            }
            assertThat(goal).as("goal cell in the sample").isNotNull();
            goal.setCellValue(goal.getStringCellValue() + APPENDED);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
