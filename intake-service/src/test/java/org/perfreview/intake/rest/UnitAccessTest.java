package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.TOKENS;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;

/** A unit token files and reads only its own units' tables. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class UnitAccessTest {

    private static final String SAMPLE = "overall-targets/1.1.xlsx"; // unit 201001

    @Test
    void unitUploadsItsOwnTable() {
        String batchId = newBatch();
        upload(TOKENS.unit("201001"), batchId, "1.1.xlsx", sample(SAMPLE)).then().statusCode(202);
    }

    @Test
    void unitMayNotUploadAnotherUnitsTable() {
        String batchId = newBatch();
        upload(TOKENS.unit("201002"), batchId, "1.1.xlsx", sample(SAMPLE))
                .then().statusCode(403).contentType("application/json");
        // nothing was filed for 201001 by that attempt: the owner's first upload is version 1
        Integer version = upload(TOKENS.unit("201001"), batchId, "1.1.xlsx", sample(SAMPLE))
                .then().statusCode(202).extract().path("submissions[0].version");
        assertThat(version).isEqualTo(1);
    }

    @Test
    void unitMayNotRefileAnotherUnitsFileAlreadyFiled() {
        String batchId = newBatch();
        byte[] bytes = sample(SAMPLE);
        upload(TOKENS.unit("201001"), batchId, "1.1.xlsx", bytes).then().statusCode(202);
        // identical bytes are recognised as a duplicate, which must not reveal the owner's submission to another unit
        upload(TOKENS.unit("201002"), batchId, "1.1.xlsx", bytes).then().statusCode(403).contentType("application/json");
    }

    @Test
    void unitMayNotReadAnotherUnitsSubmission() {
        String batchId = newBatch();
        String id = upload(admin(), batchId, "1.1.xlsx", sample(SAMPLE)).then().statusCode(202)
                .extract().path("submissions[0].submissionId");
        String other = TOKENS.unit("201002");
        as(other).get("/api/submissions/{id}", id).then().statusCode(403).contentType("application/json");
        as(other).get("/api/submissions/{id}/table", id).then().statusCode(403);
        as(other).get("/api/submissions/{id}/original", id).then().statusCode(403);
        as(TOKENS.unit("201001")).get("/api/submissions/{id}", id).then().statusCode(200);
    }
}
