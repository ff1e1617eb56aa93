package org.perfreview.localstack.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for a Quarkus service, run as a child process by the launcher tests: listens on QUARKUS_HTTP_PORT,
 * answers /q/health/ready with 503 until STANDIN_READY_AFTER_MS passed (then 200), dumps its stack-given
 * environment at /env, and exits at once with STANDIN_EXIT_CODE when that is set.
 */
public final class StandInService {
    private StandInService() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> env = System.getenv();
        if (env.containsKey("STANDIN_EXIT_CODE")) {
            System.out.println("stand-in failing on purpose");
            System.exit(Integer.parseInt(env.get("STANDIN_EXIT_CODE")));
        }
        long readyAt = System.currentTimeMillis() + Long.parseLong(env.getOrDefault("STANDIN_READY_AFTER_MS", "0"));
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(env.get("QUARKUS_HTTP_PORT"))), 10);
        server.createContext("/q/health/ready", exchange ->
                respond(exchange, System.currentTimeMillis() >= readyAt ? 200 : 503, "{\"status\":\"?\"}"));
        server.createContext("/env", exchange -> {
            StringBuilder body = new StringBuilder();
            new TreeMap<>(env).forEach((k, v) -> {
                if (k.startsWith("QUARKUS_") || k.startsWith("KAFKA_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_")) {
                    body.append(k).append('=').append(v).append('\n');
                }
            });
            respond(exchange, 200, body.toString());
        });
        server.start();
        System.out.println("stand-in listening on " + env.get("QUARKUS_HTTP_PORT"));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
