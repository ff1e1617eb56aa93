package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.jwt.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks each service's OpenAPI document and sends, for every operation and parameter, malformed values (NUL and
 * control characters, overlong strings and addresses, wrong types, non-UUID ids, broken JSON and multipart) with valid and
 * invalid tokens, against the real stack. Fails on any 5xx and on any error whose body is not problem JSON.
 */
class ApiFuzzIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> BAD_VALUES = List.of("%00", "a%00b", "%01%1F%7F", "x".repeat(3000), "x".repeat(20_000), "not-a-uuid", "-1",
            "99999999999999999999", "%E4%B8", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "%20", "true");
    private static final List<String> BAD_JSON = List.of("{", "[]", "null", "\"x\"", "{\"fiscalYear\":\"x\"}",
            "{\"fiscalYear\":2024,\"region\":\"a\\u0000b\",\"stage\":\"s\"}", "{\"\\u0000\":1}", "{\"rulebookVersion\":\"\\u0000\"}",
            "{\"fiscalYear\":2024,\"region\":\"" + "长".repeat(5000) + "\",\"stage\":\"s\"}", "{\"fiscalYear\":1e400}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final java.util.Set<String> undocumented = new java.util.TreeSet<>();
    private int sent;

    @Test
    void noInputGetsA5xxOrANonProblemError() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        Tokens tokens = e2e.local.tokens();
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("admin", tokens.admin());
        auth.put("unit", tokens.unit("201001"));
        auth.put("none", null);
        auth.put("garbage", "not.a.jwt");
        auth.put("foreign-key", Tokens.forTests().admin()); // signed, but not by this stack's key
        Map<String, String> valid = Map.of("batchId", batchId, "id", UUID.randomUUID().toString(), "unitCode", "201001",
                "version", "2024.2", "kind", "control");
        byte[] workbook = Files.readAllBytes(E2e.SAMPLES.resolve("overall-targets/1.1.xlsx"));
        long started = System.nanoTime();
        for (String base : List.of(e2e.stack.intake(), e2e.stack.scoring(), e2e.stack.report())) {
            OpenApiOperations api = OpenApiOperations.read(http, base);
            assertThat(api.operations()).as("operations of " + base).isNotEmpty();
            for (OpenApiOperations.Operation op : api.operations()) {
                for (Map.Entry<String, String> token : auth.entrySet()) {
                    fuzz(base, op, token.getValue(), valid, workbook, !token.getKey().equals("admin") && !token.getKey().equals("unit"));
                }
            }
        }
        System.out.printf("ApiFuzzIT: sent %d requests to 3 services in %d s, %d unexpected answers (5xx or non-problem error)%n",
                sent, (System.nanoTime() - started) / 1_000_000_000L, failures.size());
        assertThat(failures).as("answers that were 5xx or not problem JSON").isEmpty();
        assertThat(undocumented).as("statuses the OpenAPI documents do not list for the operation").isEmpty();
    }

    @Test
    void openApiDocumentsSuccessCodesProblemsAndSecurity() throws Exception {
        E2e e2e = E2e.connect();
        Map<String, String> created = Map.of(e2e.stack.intake() + " POST /api/batches", "201",
                e2e.stack.intake() + " POST /api/batches/{batchId}/submissions", "202",
                e2e.stack.scoring() + " POST /api/rulebooks", "201",
                e2e.stack.scoring() + " POST /api/batches/{batchId}/rescore", "202");
        int checked = 0;
        for (String base : List.of(e2e.stack.intake(), e2e.stack.scoring(), e2e.stack.report())) {
            OpenApiOperations api = OpenApiOperations.read(http, base);
            JsonNode problem = api.document().path("components").path("schemas").path("Problem");
            assertThat(problem.path("required").toString()).as(base + " Problem schema").contains("type", "title", "status", "detail");
            assertThat(api.document().path("components").path("securitySchemes").toString()).as(base).contains("bearer", "JWT");
            for (OpenApiOperations.Operation op : api.operations()) {
                String name = base + " " + op.method() + " " + op.path();
                if (!op.path().startsWith("/api/")) {
                    continue;
                }
                checked++;
                assertThat(op.secured()).as(name + " security").isTrue();
                for (int status : new int[]{400, 401, 403}) {
                    assertThat(op.responses().path(Integer.toString(status)).toString()).as(name + " " + status)
                            .contains("#/components/schemas/Problem");
                }
                op.responses().fieldNames().forEachRemaining(code -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertThat(op.responses().path(code).toString()).as(name + " " + code).contains("#/components/schemas/Problem");
                    }
                });
                if (created.containsKey(name)) {
                    assertThat(op.documents(Integer.parseInt(created.get(name)))).as(name + " " + created.get(name)).isTrue();
                    assertThat(op.documents(200)).as(name + " says 200").isFalse();
                }
            }
        }
        assertThat(checked).isGreaterThan(15);
    }

    private void fuzz(String base, OpenApiOperations.Operation op, String token, Map<String, String> valid, byte[] workbook,
                      boolean onlyFirst) throws Exception {
        // every parameter in turn gets every malformed value, the others stay valid
        for (OpenApiOperations.Parameter p : op.parameters()) {
            for (String bad : onlyFirst ? BAD_VALUES.subList(0, 1) : BAD_VALUES) {
                send(base, op, token, url(base, op, valid, p.name(), bad), null, null);
            }
        }
        String url = url(base, op, valid, null, null);
        send(base, op, token, url, null, null);
        if (op.bodyTypes().contains("application/json") || op.method().equals("POST") && op.bodyTypes().isEmpty()) {
            for (String body : onlyFirst ? BAD_JSON.subList(0, 1) : BAD_JSON) {
                send(base, op, token, url, "application/json", body.getBytes(StandardCharsets.UTF_8));
            }
            send(base, op, token, url, "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        }
        if (op.bodyTypes().contains("multipart/form-data")) {
            for (Map.Entry<String, byte[]> body : Multiparts.malformed(workbook)) {
                send(base, op, token, url, body.getKey(), body.getValue());
                if (onlyFirst) {
                    break;
                }
            }
        }
    }

    private static String url(String base, OpenApiOperations.Operation op, Map<String, String> valid, String badName, String bad) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiOperations.Parameter p : op.parameters()) {
            String value = p.name().equals(badName) ? bad : valid.getOrDefault(p.name(), p.type().equals("integer") ? "1" : "x");
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", value);
            } else if (p.in().equals("query") && p.name().equals(badName)) {
                query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(value);
            }
        }
        return base + path + query;
    }

    private void send(String base, OpenApiOperations.Operation op, String token, String url, String contentType, byte[] body) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            return; // not a URI a client can send
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        sent++;
        try {
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String problem = problemShape(reply);
            if (!op.documents(reply.statusCode())) {
                undocumented.add(op.method() + " " + op.path() + " answered " + reply.statusCode());
            }
            if (reply.statusCode() >= 500 || problem != null) {
                failures.add(op.method() + " " + abbreviate(url) + " (" + contentType + ") → " + reply.statusCode() + ": "
                        + (problem != null ? problem : abbreviate(reply.body())));
            }
        } catch (Exception e) {
            failures.add(op.method() + " " + abbreviate(url) + " → " + e);
        }
    }

    /** Null when the answer is a success or a problem JSON whose status matches; else what is wrong. */
    private static String problemShape(HttpResponse<String> reply) {
        int status = reply.statusCode();
        if (status < 400) {
            return null;
        }
        String type = reply.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
            return "content type '" + type + "' body " + abbreviate(reply.body());
        }
        try {
            JsonNode body = MAPPER.readTree(reply.body());
            for (String field : List.of("type", "title", "detail")) {
                if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
                    return "no " + field + " in " + abbreviate(reply.body());
                }
            }
            return body.path("status").asInt() == status ? null : "status field " + body.path("status") + " in " + abbreviate(reply.body());
        } catch (Exception e) {
            return "not JSON: " + abbreviate(reply.body());
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
