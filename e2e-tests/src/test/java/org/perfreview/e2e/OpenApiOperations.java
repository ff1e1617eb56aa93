package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations a service's OpenAPI document ({@code /q/openapi?format=json}) describes: method, path, parameters, body types. */
record OpenApiOperations(String baseUrl, JsonNode document, List<Operation> operations) {

    record Parameter(String name, String in, String type, String format) {
    }

    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes, boolean secured,
                     JsonNode responses) {

        boolean documents(int status) {
            return responses.has(Integer.toString(status));
        }
    }

    static OpenApiOperations read(HttpClient http, String baseUrl) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError(baseUrl + "/q/openapi answered " + reply.statusCode());
        }
        JsonNode doc = new ObjectMapper().readTree(reply.body());
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode schema = p.path("schema");
                    params.add(new Parameter(p.path("name").asText(), p.path("in").asText(), schema.path("type").asText(""),
                            schema.path("format").asText("")));
                }
                List<String> bodyTypes = new ArrayList<>();
                op.path("requestBody").path("content").fieldNames().forEachRemaining(bodyTypes::add);
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), params, bodyTypes,
                        op.has("security") || doc.has("security"), op.path("responses")));
            }
        }
        return new OpenApiOperations(baseUrl, doc, ops);
    }
}
