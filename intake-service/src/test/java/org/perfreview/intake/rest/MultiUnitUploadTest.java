package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.upload;

/**
 * A workbook of several units where some tables lack their unit code: each is attributed by its unit name
 * against the batch's control list (exact, then folded), and only a table that still has no unit is refused,
 * with its sheet and row, while the others are accepted.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MultiUnitUploadTest {

    private static final String CONTROL = """
            序号,单位名称,单位编码,收入金额（万元）
            1,岳阳市计划生育协会本级,408001,220.61
            2,岳阳市档案馆,249001,1200
            3,岳阳市供销合作社（本级）,305001,729.28
            """;

    @Test
    void attributesTablesWithoutCodeByNameAndRefusesOnlyTheOneThatCannotBe() throws IOException {
        String batchId = newBatch();
        uploadControlList(batchId);
        byte[] workbook = workbook(Map.of(
                "甲", new String[]{"408001", "岳阳市计划生育协会本级"},
                "乙", new String[]{"", "岳阳市档案馆"},
                "丙", new String[]{"", "岳阳市 供销合作社(本级)"},
                "丁", new String[]{"", "不在清单里的单位"}));

        Response response = upload(admin(), batchId, "four-units.xlsx", workbook);
        response.then().statusCode(202);
        JsonPath body = response.jsonPath();
        List<Map<String, Object>> submissions = body.getList("submissions");
        assertThat(submissions).extracting(s -> s.get("status") + " " + s.get("unitCode"))
                .containsExactlyInAnyOrder("read 408001", "read 249001", "read 305001", "rejected null");
        assertThat(body.getList("problems")).hasSize(1);
        assertThat(body.getString("problems[0].at.sheet")).isEqualTo("丁");
        assertThat(body.getInt("problems[0].at.row")).isEqualTo(1);
        assertThat(body.getString("problems[0].message")).contains("不在清单里的单位").contains("工作表 丁 第 1 行");

        String folded = submissions.stream().filter(s -> "305001".equals(s.get("unitCode")))
                .map(s -> (String) s.get("submissionId")).findFirst().orElseThrow();
        List<String> notes = as(admin()).get("/api/submissions/{id}/table", folded).then().statusCode(200)
                .extract().jsonPath().getList("notes.message");
        assertThat(notes).anyMatch(n -> n.contains("对应控制数清单中的“岳阳市供销合作社（本级）”") && n.contains("忽略空格和标点"));
        String exact = submissions.stream().filter(s -> "249001".equals(s.get("unitCode")))
                .map(s -> (String) s.get("submissionId")).findFirst().orElseThrow();
        List<String> exactNotes = as(admin()).get("/api/submissions/{id}/table", exact).then().statusCode(200)
                .extract().jsonPath().getList("notes.message");
        assertThat(exactNotes).anyMatch(n -> n.contains("单位编码取 249001") && !n.contains("忽略空格和标点"));
    }

    @Test
    void aWorkbookWhoseTablesCannotBeAttributedIsRefusedWithEverySheetAndRow() throws IOException {
        String batchId = newBatch();
        uploadControlList(batchId);
        byte[] workbook = workbook(Map.of("甲", new String[]{"", "无名单位一"}, "乙", new String[]{"", ""}));

        Response response = upload(admin(), batchId, "no-units.xlsx", workbook);
        response.then().statusCode(422).contentType("application/json");
        List<Map<String, Object>> problems = response.jsonPath().getList("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems).extracting(p -> ((Map<?, ?>) p.get("at")).get("sheet") + "!" + ((Map<?, ?>) p.get("at")).get("row"))
                .containsExactlyInAnyOrder("甲!1", "乙!1");
    }

    private static void uploadControlList(String batchId) {
        as(admin()).multiPart("file", "control.csv", CONTROL.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/batches/{id}/reference-lists/control", batchId).then().statusCode(200);
    }

    /** One overall table per sheet: unit code (may be blank), unit name, 资金总额 and one indicator. */
    private static byte[] workbook(Map<String, String[]> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : new java.util.TreeMap<>(sheets).keySet()) {
                Sheet s = wb.createSheet(name);
                String[] unit = sheets.get(name);
                String[][] rows = {
                        {"单位编码", "单位名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位"},
                        {unit[0], unit[1], "100", "产出指标", "数量指标", "完成任务数", "≥", "10", "项"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
