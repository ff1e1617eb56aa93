package org.perfreview.localstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** A small client of the three services' REST APIs, used by the demo and the end-to-end tests. */
public final class PerfReviewClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = Json.mapper();
    private final String token;

    public PerfReviewClient(String token) {
        this.token = token;
    }

    public PerfReviewClient as(String otherToken) {
        return new PerfReviewClient(otherToken);
    }

    public Reply get(String url) throws IOException, InterruptedException {
        return send(request(url).GET().build());
    }

    public Reply postJson(String url, Object body) throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : mapper.writeValueAsString(body))).build());
    }

    /** multipart/form-data with one file part "file" and optional text fields (name, value pairs). */
    public Reply upload(String url, Path file, String... fields) throws IOException, InterruptedException {
        return upload(url, file.getFileName().toString(), Files.readAllBytes(file), fields);
    }

    public Reply upload(String url, String fileName, byte[] content, String... fields) throws IOException, InterruptedException {
        String boundary = "perf" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                continue;
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(url).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), mapper);
    }

    /** A response: status, bytes, and the body as JSON when it is JSON. */
    public record Reply(int status, byte[] body, String contentType, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected HTTP " + expected + " but got " + status + ": "
                        + text().substring(0, Math.min(600, text().length())));
            }
            return this;
        }
    }
}
