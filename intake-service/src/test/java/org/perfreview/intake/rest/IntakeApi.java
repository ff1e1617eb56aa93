package org.perfreview.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.perfreview.localstack.jwt.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Shared steps of the REST tests: tokens, a fresh batch, multipart uploads and the sample files. */
final class IntakeApi {

    static final Tokens TOKENS = Tokens.forTests();
    static final Path SAMPLES = Path.of("..", "samples");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private IntakeApi() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static String admin() {
        return TOKENS.admin();
    }

    /** Creates a batch as admin and returns its id: each test works in its own batch. */
    static String newBatch() {
        return as(admin()).contentType("application/json")
                .body("{\"fiscalYear\":2024,\"region\":\"岳阳市本级\",\"stage\":\"二上\",\"deadline\":\"2024-03-31\"}")
                .post("/api/batches")
                .then().statusCode(201).extract().path("id");
    }

    static Response upload(String token, String batchId, String fileName, byte[] bytes) {
        return as(token).multiPart("file", fileName, bytes, "application/octet-stream")
                .post("/api/batches/{batchId}/submissions", batchId);
    }

    static byte[] sample(String relative) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
