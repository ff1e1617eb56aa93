package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.TOKENS;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.upload;

/** An uploaded template profile changes how the next upload is read, with no restart; bad profiles get a 4xx problem. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TemplateProfileTest {

    /** An export whose unit and indicator columns carry words the built-in lexicon does not know. */
    private static final byte[] EXPORT = """
            机构识别码,机构全称,资金总额,一级指标,二级指标,考核内容,期望值,计量单位
            408001,岳阳市计划生育协会本级,220.61,产出指标,数量指标,走访慰问,≥50,户
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void aProfileUploadChangesHowTheNextUploadIsRead() {
        String batchId = newBatch();
        Response before = upload(admin(), batchId, "export.csv", EXPORT);
        before.then().statusCode(422).contentType("application/json");
        assertThat(before.jsonPath().getString("problems[0].message")).contains("未找到单位编码");

        String version = "test-" + UUID.randomUUID();
        as(admin()).contentType("application/json").body("""
                {"version":"%s","columns":[
                  {"role":"UNIT_CODE","words":["机构识别码"]},
                  {"role":"UNIT_NAME","words":["机构全称"]},
                  {"role":"NAME","words":["考核内容"]},
                  {"role":"VALUE","words":["期望值"]}],
                 "skipSheets":["填表说明"]}
                """.formatted(version)).post("/api/template-profiles").then().statusCode(201);
        assertThat(as(admin()).get("/api/template-profiles").then().statusCode(200).extract().jsonPath()
                .getList("version", String.class)).contains(version);

        Response after = upload(admin(), batchId, "export.csv", EXPORT);
        after.then().statusCode(202);
        assertThat(after.jsonPath().getString("submissions[0].unitCode")).isEqualTo("408001");
        String id = after.jsonPath().getString("submissions[0].submissionId");
        var table = as(admin()).get("/api/submissions/{id}/table", id).then().statusCode(200).extract().jsonPath();
        assertThat(table.getString("unitName.value")).isEqualTo("岳阳市计划生育协会本级");
        assertThat(table.getString("indicators[0].name.value")).isEqualTo("走访慰问");
        assertThat(table.getString("indicators[0].target.canonical")).isEqualTo("≥50户");
    }

    @Test
    void badProfilesAreRefusedWithAProblem() {
        String version = "bad-" + UUID.randomUUID();
        as(admin()).contentType("application/json").body("{\"version\":\"" + version + "\",\"columns\":[{\"role\":\"NOPE\",\"words\":[\"x\"]}]}")
                .post("/api/template-profiles").then().statusCode(400).contentType("application/json");
        as(admin()).contentType("application/json").body("{\"version\":\"" + version + "\",\"colums\":[]}")
                .post("/api/template-profiles").then().statusCode(400).contentType("application/json");
        as(admin()).contentType("application/json").body("{\"columns\":[{\"role\":\"NAME\",\"words\":[\"考核内容\"]}]}")
                .post("/api/template-profiles").then().statusCode(400).contentType("application/json");
        String ok = "{\"version\":\"" + version + "\",\"groups\":[\"考核体系\"]}";
        as(admin()).contentType("application/json").body(ok).post("/api/template-profiles").then().statusCode(201);
        as(admin()).contentType("application/json").body(ok).post("/api/template-profiles").then().statusCode(409)
                .contentType("application/json");
        as(TOKENS.unit("408001")).contentType("application/json").body(ok.replace(version, version + "-u"))
                .post("/api/template-profiles").then().statusCode(403);
    }
}
