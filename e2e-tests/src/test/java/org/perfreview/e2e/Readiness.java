package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.perfreview.contracts.Json;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.service.ServiceProcess;

import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's readiness report ({@code GET /q/health/ready}): HTTP status and the state of each check. */
final class Readiness {
    private Readiness() {
    }

    /** The health JSON with the HTTP status added as {@code httpStatus}. */
    static JsonNode of(E2e e2e, ServiceProcess service) throws Exception {
        PerfReviewClient.Reply reply = e2e.admin.get(service.url() + ServiceProcess.READY_PATH);
        ObjectNode health = reply.status() >= 500 && !reply.contentType().contains("json")
                ? Json.mapper().createObjectNode() : (ObjectNode) reply.json();
        health.put("httpStatus", reply.status());
        return health;
    }

    /** {@code intake-service 503 [Database connections health check DOWN, kafka UP]} for each service. */
    static String summary(Map<String, JsonNode> byService) {
        StringJoiner all = new StringJoiner("; ");
        byService.forEach((service, health) -> {
            StringJoiner checks = new StringJoiner(", ", "[", "]");
            health.path("checks").forEach(c -> checks.add(c.path("name").asText() + " " + c.path("status").asText()));
            all.add(service + " " + health.path("httpStatus").asInt() + " " + checks);
        });
        return all.toString();
    }

    /** Not ready (503), with the database check down and the broker check still up: the database is the cause. */
    static void assertDownForTheDatabase(String service, JsonNode health) {
        assertThat(health.path("httpStatus").asInt()).as("%s readiness status while PostgreSQL is away", service).isEqualTo(503);
        assertThat(health.path("status").asText()).as("%s readiness", service).isEqualTo("DOWN");
        boolean databaseDown = false;
        for (JsonNode check : health.path("checks")) {
            String name = check.path("name").asText().toLowerCase();
            if (name.contains("kafka")) {
                assertThat(check.path("status").asText()).as("%s kafka check", service).isEqualTo("UP");
            } else if (name.contains("database") || name.contains("datasource")) {
                databaseDown |= "DOWN".equals(check.path("status").asText());
            }
        }
        assertThat(databaseDown).as("%s reports its database check DOWN: %s", service, health).isTrue();
    }
}
