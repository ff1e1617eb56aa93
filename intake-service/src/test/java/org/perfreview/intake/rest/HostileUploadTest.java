package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.support.outbox.RelayProducer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;

/** Files we cannot read are answered with a problem body and still kept, as a REJECTED submission. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HostileUploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Inject
    RelayProducer relay;

    MockProducer<String, String> producer;

    @BeforeEach
    void mockKafka() {
        producer = IntakeApi.mockProducer();
        relay.use(producer);
    }

    @Test
    void emptyFile() {
        String id = rejected(new byte[0], "empty.xlsx", 422);
        assertStoredAsRejected(id);
    }

    @Test
    void pngRenamedXlsx() {
        String id = rejected(PNG, "photo.xlsx", 415);
        assertStoredAsRejected(id);
    }

    @Test
    void truncatedZip() {
        byte[] xlsx = sample("overall-targets/1.1.xlsx");
        String id = rejected(Arrays.copyOf(xlsx, xlsx.length / 2), "1.1.xlsx", 422);
        assertStoredAsRejected(id);
    }

    @Test
    void plainTextThatIsNoTable() {
        byte[] text = "这不是一张表格。\n只是一段说明文字，没有任何绩效目标。\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        String id = rejected(text, "notes.csv", 422);
        assertStoredAsRejected(id);
    }

    /** Uploads the bytes, checks the status and the problem body, and returns the rejected submission's id. */
    private String rejected(byte[] bytes, String name, int status) {
        String batchId = newBatch();
        Response response = upload(admin(), batchId, name, bytes);
        response.then().statusCode(status).contentType("application/json");
        assertThat((Integer) response.path("status")).isEqualTo(status);
        assertThat((String) response.path("title")).isNotBlank();
        assertThat((String) response.path("detail")).isNotBlank();
        assertThat((String) response.path("resource.uploadId")).isNotBlank();
        List<String> ids = response.path("resource.submissions.id");
        assertThat(ids).hasSize(1);
        assertThat(IntakeApi.sent(producer, Topics.SUBMISSIONS_NORMALIZED, batchId)).isEmpty();
        return ids.get(0);
    }

    private static void assertStoredAsRejected(String submissionId) {
        Response status = as(admin()).get("/api/submissions/{id}", submissionId);
        status.then().statusCode(200);
        assertThat((String) status.path("status")).isEqualTo("REJECTED");
        // a rejected upload has no normalized table
        as(admin()).get("/api/submissions/{id}/table", submissionId).then().statusCode(404).contentType("application/json");
    }
}
