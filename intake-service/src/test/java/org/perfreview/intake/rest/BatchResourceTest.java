package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.testsupport.PublishedEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BatchResourceTest {

    private static final String BODY = "{\"fiscalYear\":2024,\"region\":\"岳阳市本级\",\"stage\":\"二上\",\"deadline\":\"2024-03-31\"}";

    @Inject
    PublishedEvents published;

    @Test
    void adminCreatesBatchWithLocation() {
        var response = as(IntakeApi.admin()).contentType("application/json").body(BODY).post("/api/batches");
        response.then().statusCode(201);
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/batches/" + id);
        assertThat((Integer) response.path("fiscalYear")).isEqualTo(2024);
        assertThat((String) response.path("region")).isEqualTo("岳阳市本级");
        as(IntakeApi.TOKENS.reviewer()).get("/api/batches/{id}", id).then().statusCode(200);
    }

    @Test
    void unitRoleMayNotCreateBatch() {
        as(IntakeApi.TOKENS.unit("201001")).contentType("application/json").body(BODY).post("/api/batches")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        given().contentType("application/json").body(BODY).post("/api/batches").then().statusCode(401);
    }

    @Test
    void invalidBatchBodyIsProblem() {
        as(IntakeApi.admin()).contentType("application/json").body("{\"fiscalYear\":1999,\"region\":\"x\",\"stage\":\"y\"}")
                .post("/api/batches")
                .then().statusCode(400).contentType("application/json");
    }

    @Test
    void controlListUploadAddsEveryNonTotalRow() throws IOException {
        String batchId = newBatch();
        byte[] csv = Files.readAllBytes(IntakeApi.SAMPLES.resolve("reference-lists/funds-list-2024.csv"));
        var response = as(IntakeApi.admin()).multiPart("file", "funds-list-2024.csv", csv, "text/csv")
                .post("/api/batches/{id}/reference-lists/control", batchId);
        response.then().statusCode(200);

        List<String> names = response.path("controlList.unitName");
        assertThat(names).hasSize(dataRowsOf(new String(csv, StandardCharsets.UTF_8)));
        assertThat(names).doesNotContain("合计").contains("中共岳阳市委办公室");
        // the batch as later read carries the same list
        List<String> stored = as(IntakeApi.admin()).get("/api/batches/{id}", batchId).then().statusCode(200)
                .extract().path("controlList.unitName");
        assertThat(stored).isEqualTo(names);

        // creation and the list upload each publish the batch, keyed by its id; the last carries the list
        await().atMost(Duration.ofSeconds(20))
                .until(() -> published.records(Events.BATCH_UPDATED.topic(), ofBatch(batchId)).size() == 2);
        List<ProducerRecord<String, String>> events = published.records(Events.BATCH_UPDATED.topic(), ofBatch(batchId));
        assertThat(events).extracting(ProducerRecord::key).containsOnly(batchId);
        JsonNode last = IntakeApi.json(events.get(1).value());
        assertThat(Schemas.validateEvent(last)).isEmpty();
        assertThat(last.path("eventType").asText()).isEqualTo("BatchUpdated");
        assertThat(last.path("payload").path("controlList").size()).isEqualTo(names.size());
    }

    @Test
    void unknownReferenceListKindIsNotFound() {
        String batchId = newBatch();
        as(IntakeApi.admin()).multiPart("file", "x.csv", "单位名称,金额\n甲,1\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/batches/{id}/reference-lists/other", batchId)
                .then().statusCode(404);
    }

    /** Independent count: lines after the header with a non-empty second field that is not the 合计 row. */
    private static int dataRowsOf(String csv) {
        List<String> lines = csv.lines().skip(1).filter(l -> !l.isBlank()).toList();
        int count = 0;
        for (String line : lines) {
            String[] fields = line.split(",", 3);
            if (fields.length > 1 && !fields[1].isBlank() && !fields[1].replace(" ", "").equals("合计")) {
                count++;
            }
        }
        return count;
    }
}
