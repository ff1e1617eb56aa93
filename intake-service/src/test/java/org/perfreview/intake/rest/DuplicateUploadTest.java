package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.perfreview.intake.testing.ZipRewriter;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.TOKENS;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;

/** Duplicates are decided by the database: parallel identical uploads make one upload; another unit's filing is its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DuplicateUploadTest {

    private static final byte[] SAMPLE = sample("overall-targets/1.1.xlsx"); // unit 201001
    /** The sample with its unit code cell emptied: the unit comes from the unitCode field. */
    private static final byte[] NO_CODE = ZipRewriter.rewrite(SAMPLE, "xl/sharedStrings.xml", xml -> xml.replace("<t>201001</t>", "<t></t>"));

    @Test
    void eightParallelIdenticalUploadsMakeOneUpload() throws Exception {
        String batchId = newBatch();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return IntakeApi.upload(admin(), batchId, "1.1.xlsx", SAMPLE).then().statusCode(202).extract().jsonPath();
            }));
        }
        start.countDown();
        List<JsonPath> bodies = new ArrayList<>();
        for (Future<JsonPath> f : replies) {
            bodies.add(f.get());
        }
        pool.shutdown();
        assertThat(bodies.stream().filter(b -> !b.getBoolean("duplicate")).count()).as("first uploads").isEqualTo(1);
        assertThat(bodies.stream().map(b -> b.getString("uploadId")).distinct()).hasSize(1);
        assertThat(bodies.stream().map(b -> b.getString("submissions[0].submissionId")).distinct()).hasSize(1);
        assertThat(bodies.get(0).getInt("submissions[0].version")).isEqualTo(1);
    }

    @Test
    void sameBytesForAnotherUnitAreThatUnitsSubmission() {
        String batchId = newBatch();
        JsonPath first = uploadFor(admin(), batchId, "201001");
        JsonPath second = uploadFor(admin(), batchId, "201002");
        assertThat(first.getBoolean("duplicate")).isFalse();
        assertThat(second.getBoolean("duplicate")).isFalse();
        assertThat(second.getString("submissions[0].unitCode")).isEqualTo("201002");
        assertThat(second.getString("submissions[0].submissionId")).isNotEqualTo(first.getString("submissions[0].submissionId"));
        // the same again for 201002 is recognised, and a unit token may refile only for its own unit
        assertThat(uploadFor(TOKENS.unit("201002"), batchId, "201002").getBoolean("duplicate")).isTrue();
        as(TOKENS.unit("201002")).multiPart("file", "1.1.xlsx", NO_CODE, "application/octet-stream").multiPart("unitCode", "201003")
                .post("/api/batches/{batchId}/submissions", batchId).then().statusCode(403);
    }

    private static JsonPath uploadFor(String token, String batchId, String unitCode) {
        return as(token).multiPart("file", "1.1.xlsx", NO_CODE, "application/octet-stream").multiPart("unitCode", unitCode)
                .post("/api/batches/{batchId}/submissions", batchId).then().statusCode(202).extract().jsonPath();
    }
}
