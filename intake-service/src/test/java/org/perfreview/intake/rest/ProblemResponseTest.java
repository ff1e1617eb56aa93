package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.perfreview.intake.testing.ZipRewriter;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.TOKENS;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;

/** Issue 16's failing requests: each is now a 4xx problem JSON (type, title, status, detail, field), never a 5xx. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProblemResponseTest {

    private static final String SAMPLE = "overall-targets/1.1.xlsx"; // unit 201001

    @Test
    void nulInPathOrQueryIsBadRequestNamingTheParameter() {
        problem(as(admin()).get("/api/batches/%00"), 400, "batchId");
        problem(as(admin()).get("/api/submissions/" + "a%01b"), 400, "id");
        problem(as(admin()).get("/api/batches?page=%00"), 400, "page");
        problem(as(admin()).get("/api/batches/not-a-uuid"), 400, "batchId");
        problem(as(admin()).get("/api/batches?size=100000"), 400, "size");
    }

    @Test
    void nulInJsonBodyIsBadRequestNamingTheField() {
        problem(createBatch("{\"fiscalYear\":2024,\"region\":\"岳阳\\u0000市\",\"stage\":\"二上\"}"), 400, "region");
        problem(createBatch("{\"fiscalYear\":2024,\"region\":\"岳阳市\",\"stage\":\"二上\",\"rulebookVersion\":\"\\u0007\"}"), 400, "rulebookVersion");
    }

    @Test
    void badBatchBodyNamesTheField() {
        problem(createBatch("{\"fiscalYear\":1999,\"region\":\"x\",\"stage\":\"y\"}"), 400, "fiscalYear");
        problem(createBatch("{\"fiscalYear\":\"abc\",\"region\":\"x\",\"stage\":\"y\"}"), 400, "fiscalYear");
        problem(createBatch("{\"fiscalYear\":2024,\"stage\":\"y\"}"), 400, "region");
        problem(createBatch("{\"fiscalYear\":2024,\"region\":\"x\",\"stage\":\"y\",\"deadline\":\"soon\"}"), 400, "deadline");
        problem(createBatch("{\"fiscalYear\":2024,"), 400, null);
        problem(createBatch(""), 400, null);
    }

    @Test
    void unknownRulebookVersionIsRefusedNamingTheKnownOnes() {
        Response r = createBatch("{\"fiscalYear\":2024,\"region\":\"岳阳市\",\"stage\":\"二上\",\"rulebookVersion\":\"1999.9\"}");
        problem(r, 422, "rulebookVersion");
        assertThat(r.jsonPath().getString("detail")).contains("2024.2");
        assertThat(r.jsonPath().getList("resource.versions", String.class)).containsExactly("2024.2");
        createBatch("{\"fiscalYear\":2024,\"region\":\"岳阳市\",\"stage\":\"二上\",\"rulebookVersion\":\"2024.2\"}")
                .then().statusCode(201);
    }

    @Test
    void unitCodeFieldMustBeSixDigits() {
        String batchId = newBatch();
        for (String bad : new String[]{"ABC", "../../x", "abc<script>", "2010011", "201\u000001"}) {
            Response r = as(admin()).multiPart("file", "1.1.xlsx", sample(SAMPLE), "application/octet-stream")
                    .multiPart("unitCode", bad).post("/api/batches/{batchId}/submissions", batchId);
            problem(r, 400, "unitCode");
        }
    }

    @Test
    void malformedMultipartIsBadRequestProblem() {
        String batchId = newBatch();
        String part = "--AAA\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n单位编码,单位名称\r\n201001,甲\r\n";
        // boundary in the header does not match the body's
        problem(as(admin()).contentType("multipart/form-data; boundary=BBB").body((part + "--AAA--\r\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/batches/{batchId}/submissions", batchId), 400, null);
        // body cut short: no closing boundary
        problem(as(admin()).contentType("multipart/form-data; boundary=AAA").body(part.getBytes(StandardCharsets.UTF_8))
                .post("/api/batches/{batchId}/submissions", batchId), 400, null);
        // no boundary at all
        problem(as(admin()).contentType("multipart/form-data").body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/batches/{batchId}/submissions", batchId), 400, null);
    }

    @Test
    void securityRefusalsAreProblems() {
        problem(given().get("/api/batches"), 401, null);
        problem(given().auth().oauth2("not.a.token").get("/api/batches"), 401, null);
        problem(as(TOKENS.unit("201001")).contentType("application/json")
                .body("{\"fiscalYear\":2024,\"region\":\"x\",\"stage\":\"y\"}").post("/api/batches"), 403, null);
    }

    @Test
    void excelNulEscapeInCellTextIsCleanedNotA500() {
        String batchId = newBatch();
        byte[] clean = sample(SAMPLE);
        byte[] escaped = ZipRewriter.rewrite(clean, "xl/sharedStrings.xml", xml -> xml.replace("</t>", "_x0000__x0007_</t>"));
        String first = upload(admin(), batchId, "nul.xlsx", escaped).then().statusCode(202).extract().path("submissions[0].submissionId");
        String table = as(admin()).get("/api/submissions/{id}/table", first).then().statusCode(200).extract().asString();
        assertThat(table).doesNotContain("\\u0000").doesNotContain("\\u0007").contains("201001");
        // once cleaned, the table is the sample's own: refiling the clean file is recognised as the same content
        String second = upload(admin(), batchId, "1.1.xlsx", clean).then().statusCode(202).extract().path("submissions[0].submissionId");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void unitNameFromAFormulaWithoutCachedValueIsRefusedWithItsPosition() {
        String batchId = newBatch();
        // B6 holds the unit name; here it becomes a formula the saving tool never calculated (no <v>)
        byte[] uncalculated = ZipRewriter.rewrite(sample(SAMPLE), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<c r=\"B6\" s=\"6\" t=\"s\"><v>26</v></c>", "<c r=\"B6\" s=\"6\"><f>VLOOKUP(A6,Sheet9!A:B,2,0)</f></c>"));
        Response r = upload(admin(), batchId, "formula.xlsx", uncalculated);
        problem(r, 422, null);
        assertThat(r.jsonPath().getString("problems[0].message")).contains("B6");
        assertThat(r.jsonPath().getInt("problems[0].at.row")).isEqualTo(6);
        assertThat(r.jsonPath().getInt("problems[0].at.column")).isEqualTo(2);
    }

    @Test
    void unitReadsOnlyItsOwnRowsOfTheBatchLists() {
        String batchId = newBatch();
        String csv = "序号,单位编码,单位名称,金额\n1-1,201001,甲单位,100\n1-2,201002,乙单位,200\n";
        as(admin()).multiPart("file", "control.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/batches/{id}/reference-lists/control", batchId).then().statusCode(200);
        assertThat(as(admin()).get("/api/batches/{id}", batchId).then().statusCode(200)
                .extract().jsonPath().getList("controlList.unitCode", String.class)).containsExactlyInAnyOrder("201001", "201002");
        assertThat(as(TOKENS.unit("201001")).get("/api/batches/{id}", batchId).then().statusCode(200)
                .extract().jsonPath().getList("controlList.unitCode", String.class)).containsExactly("201001");
        Response list = as(TOKENS.unit("201001")).get("/api/batches?size=2");
        list.then().statusCode(200);
        assertThat(list.jsonPath().getList("items")).hasSizeLessThanOrEqualTo(2);
        assertThat(list.jsonPath().getList("items.controlList")).allMatch(l -> l == null);
        assertThat(list.jsonPath().getLong("total")).isPositive();
    }

    private static Response createBatch(String body) {
        return as(admin()).contentType("application/json").body(body).post("/api/batches");
    }

    /** Asserts the status and the problem shape; {@code field} null means any (or none). */
    static void problem(Response r, int status, String field) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.jsonPath().getString("type")).startsWith("urn:perf-review:problem:");
        assertThat(r.jsonPath().getString("title")).isNotBlank();
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(r.jsonPath().getString("detail")).isNotBlank();
        if (field != null) {
            assertThat(r.jsonPath().getString("field")).as(r.asString()).isEqualTo(field);
        }
    }
}
