package org.perfreview.intake.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.testsupport.PublishedEvents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.perfreview.intake.rest.IntakeApi.admin;
import static org.perfreview.intake.rest.IntakeApi.as;
import static org.perfreview.intake.rest.IntakeApi.newBatch;
import static org.perfreview.intake.rest.IntakeApi.sample;
import static org.perfreview.intake.rest.IntakeApi.upload;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;

/**
 * Files we cannot read are answered with a 4xx problem body that says what is wrong, and still kept as a
 * REJECTED submission (with their bytes, unless over the size limit). Each upload leaves no temporary file,
 * and the service stays ready and accepts an ordinary file afterwards.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HostileUploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    private static final byte[] WORKBOOK = sample("overall-targets/1.1.xlsx");
    private static final byte[] WORD = sample("self-evaluation/self-evaluation-2024.docx");
    private static final String SHEET_CELL = "<c r=\"A1\"[^>]*>.*?</c>";

    @Inject
    PublishedEvents published;
    final UploadTempFiles tempFiles = new UploadTempFiles();

    /** A rejected upload: its submission's id and the problem body. */
    record Rejected(String submissionId, String detail, String body) {
    }

    @AfterEach
    void serviceStaysHealthy() {
        ServiceHealth.assertReadyAndAccepting();
    }

    @Test
    void emptyFile() {
        byte[] empty = new byte[0];
        Rejected r = rejected(empty, "empty.xlsx", 422);
        assertThat(r.detail()).contains("文件为空", "0 字节");
        assertKeptWithOriginal(r, empty);
    }

    @Test
    void pngRenamedXlsx() {
        Rejected r = rejected(PNG, "photo.xlsx", 415);
        assertThat(r.detail()).contains("PNG");
        assertKeptWithOriginal(r, PNG);
    }

    @Test
    void truncatedZip() {
        byte[] half = Arrays.copyOf(WORKBOOK, WORKBOOK.length / 2);
        Rejected r = rejected(half, "1.1.xlsx", 422);
        assertThat(r.detail()).contains("ZIP", "截断");
        assertKeptWithOriginal(r, half);
    }

    @Test
    void plainTextThatIsNoTable() {
        byte[] text = "这不是一张表格。\n只是一段说明文字，没有任何绩效目标。\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        Rejected r = rejected(text, "notes.csv", 422);
        assertThat(r.detail()).contains("无法识别的表格", "这不是一张表格");
        assertKeptWithOriginal(r, text);
    }

    @Test
    void zipBomb() {
        byte[] bomb = HostileFiles.zipBomb(WORKBOOK, 200);
        assertThat(bomb.length).as("compressed size").isLessThan(1_000_000);
        Rejected r = rejected(bomb, "bomb.xlsx", 413);
        assertThat(r.detail()).contains("zip bomb");
        assertKeptWithOriginal(r, bomb);
    }

    @Test
    void encryptedWorkbook() {
        byte[] locked = HostileFiles.encrypted(WORKBOOK, "secret");
        Rejected r = rejected(locked, "locked.xlsx", 422);
        assertThat(r.detail()).contains("加密", "密码");
        assertKeptWithOriginal(r, locked);
    }

    @Test
    void externalEntityInSheet(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-XXE");
        byte[] hostile = HostileFiles.withEntities(WORKBOOK, HostileFiles.SHEET, "worksheet", HostileFiles.externalEntity(secret),
                SHEET_CELL, "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
        assertEntityRefused(hostile, "xxe.xlsx");
    }

    @Test
    void billionLaughsInSheet() {
        byte[] hostile = HostileFiles.withEntities(WORKBOOK, HostileFiles.SHEET, "worksheet", HostileFiles.BILLION_LAUGHS,
                SHEET_CELL, "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>");
        assertEntityRefused(hostile, "laughs.xlsx");
    }

    @Test
    void externalEntityInWordDocument(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-XXE");
        byte[] hostile = HostileFiles.withEntities(WORD, HostileFiles.WORD_BODY, "w:document", HostileFiles.externalEntity(secret),
                "附件1", "&xxe;");
        assertEntityRefused(hostile, "xxe.docx");
    }

    @Test
    void billionLaughsInWordDocument() {
        byte[] hostile = HostileFiles.withEntities(WORD, HostileFiles.WORD_BODY, "w:document", HostileFiles.BILLION_LAUGHS,
                "附件1", "&lol9;");
        assertEntityRefused(hostile, "laughs.docx");
    }

    /** Over the configured limit: refused with 413 and kept as a REJECTED record, but its bytes are not stored. */
    @Test
    void sixtyMegabyteFile(@TempDir Path dir) throws IOException {
        long limit = ConfigProvider.getConfig().getValue("perf.intake.max-upload-bytes", Long.class);
        long size = 60L * 1024 * 1024;
        assertThat(size).isGreaterThan(limit);
        Path big = writeLargeWorkbook(dir.resolve("sixty-mb.xlsx"), size);

        Rejected r = rejected(413, batchId -> as(admin()).multiPart("file", big.toFile(), "application/octet-stream")
                .post("/api/batches/{batchId}/submissions", batchId));
        assertThat(r.detail()).contains("文件过大", String.valueOf(size), String.valueOf(limit));
        assertStatusRejected(r);
        Response original = as(admin()).get("/api/submissions/{id}/original", r.submissionId());
        original.then().statusCode(404);
        assertThat((String) original.path("detail")).contains("not kept", "size limit");
    }

    /** Entity declarations are refused outright (never resolved, never expanded): 422 naming the DOCTYPE. */
    private void assertEntityRefused(byte[] hostile, String name) {
        Rejected r = rejected(hostile, name, 422);
        assertThat(r.detail()).contains("DOCTYPE");
        assertThat(r.body()).doesNotContain("TOP-SECRET", "lollollol");
        assertKeptWithOriginal(r, hostile);
    }

    private Rejected rejected(byte[] bytes, String name, int status) {
        return rejected(status, batchId -> upload(admin(), batchId, name, bytes));
    }

    /** Sends the upload, checks the status, the problem body and the temporary files, and returns the rejection. */
    private Rejected rejected(int status, Function<String, Response> send) {
        String batchId = newBatch();
        Set<Path> before = tempFiles.now();
        Response response = send.apply(batchId);
        tempFiles.assertNoneLeftSince(before);
        response.then().statusCode(status).contentType("application/json");
        assertThat((Integer) response.path("status")).isEqualTo(status);
        assertThat((String) response.path("title")).isNotBlank();
        assertThat((String) response.path("detail")).isNotBlank();
        assertThat((String) response.path("resource.uploadId")).isNotBlank();
        List<String> ids = response.path("resource.submissions.submissionId");
        assertThat(ids).hasSize(1);
        assertThat(published.records(Events.SUBMISSION_NORMALIZED.topic(), ofBatch(batchId))).isEmpty();
        assertThat(tempFiles.uploadsDirectory()).as("the HTTP layer's upload directory").isDirectory();
        return new Rejected(ids.get(0), response.path("detail"), response.asString());
    }

    private static void assertKeptWithOriginal(Rejected r, byte[] bytes) {
        assertStatusRejected(r);
        byte[] kept = as(admin()).get("/api/submissions/{id}/original", r.submissionId())
                .then().statusCode(200).extract().asByteArray();
        assertThat(kept).isEqualTo(bytes);
    }

    /** REJECTED, with the problem the uploader was told among its stored problems, and no normalized table. */
    private static void assertStatusRejected(Rejected r) {
        Response status = as(admin()).get("/api/submissions/{id}", r.submissionId());
        status.then().statusCode(200);
        assertThat((String) status.path("status")).isEqualTo("rejected");
        assertThat(status.jsonPath().getList("problems.message", String.class)).contains(r.detail());
        as(admin()).get("/api/submissions/{id}/table", r.submissionId()).then().statusCode(404).contentType("application/json");
    }

    /** A real workbook padded with zeros to {@code size} bytes, written in 1 MB steps. */
    private static Path writeLargeWorkbook(Path file, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(WORKBOOK);
            byte[] zeros = new byte[1 << 20];
            for (long left = size - WORKBOOK.length; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        }
        assertThat(Files.size(file)).isEqualTo(size);
        return file;
    }

    /** TEST-ONLY: readiness and an ordinary upload after each hostile one. */
    static final class ServiceHealth {
        private ServiceHealth() {
        }

        /**
         * Every readiness check UP except the broker's ({@code kafka}): these tests run with no broker on purpose
         * (the relay writes to a mock producer), so its state says nothing about what an upload did.
         */
        static void assertReadyAndAccepting() {
            given().get("/q/health/live").then().statusCode(200);
            List<Map<String, Object>> checks = given().get("/q/health/ready").path("checks");
            assertThat(checks).extracting(c -> c.get("name")).contains("Database connections health check");
            assertThat(checks).filteredOn(c -> !"kafka".equals(c.get("name")))
                    .allSatisfy(c -> assertThat(c.get("status")).as("readiness check %s", c.get("name")).isEqualTo("UP"));
            upload(admin(), newBatch(), "1.1.xlsx", WORKBOOK).then().statusCode(202);
        }
    }
}
