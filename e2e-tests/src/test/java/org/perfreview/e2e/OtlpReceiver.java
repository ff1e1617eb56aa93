package org.perfreview.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP trace receiver (what a collector's otlp receiver does with {@code http/protobuf}): the services
 * export their spans to it, and it keeps each span's trace, ids, name, kind and service. It reads the protobuf
 * wire format of {@code ExportTraceServiceRequest} itself (the few fields it needs), so no collector is needed.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids in lower-case hex, parent empty for a root. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    private static final int MAX_SPANS = 500_000;
    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the services need to export to this receiver. */
    Map<String, String> serviceEnvironment() {
        return Map.of("QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (spans.size() < MAX_SPANS) {
                for (Wire resourceSpans : new Wire(body).messages(1)) {
                    String service = serviceName(resourceSpans);
                    for (Wire scopeSpans : resourceSpans.messages(2)) {
                        for (Wire span : scopeSpans.messages(2)) {
                            spans.add(new ReceivedSpan(service, span.hex(1), span.hex(2), span.hex(4), span.text(5), (int) span.number(6)));
                        }
                    }
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
        }
    }

    private static String serviceName(Wire resourceSpans) {
        for (Wire resource : resourceSpans.messages(1)) {
            for (Wire attribute : resource.messages(1)) {
                if ("service.name".equals(attribute.text(1))) {
                    return attribute.messages(2).stream().map(v -> v.text(1)).findFirst().orElse("");
                }
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One protobuf message: its fields by number (varints as numbers, length-delimited ones as bytes). */
    private static final class Wire {
        private final List<Map.Entry<Integer, Object>> fields = new ArrayList<>();

        Wire(byte[] bytes) throws IOException {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            while (in.available() > 0) {
                long tag = varint(in);
                int field = (int) (tag >>> 3);
                switch ((int) (tag & 7)) {
                    case 0 -> fields.add(Map.entry(field, varint(in)));
                    case 1 -> in.skipNBytes(8);
                    case 2 -> fields.add(Map.entry(field, in.readNBytes((int) varint(in))));
                    case 5 -> in.skipNBytes(4);
                    default -> throw new IOException("unsupported wire type in field " + field);
                }
            }
        }

        List<Wire> messages(int field) {
            List<Wire> out = new ArrayList<>();
            for (Map.Entry<Integer, Object> f : fields) {
                if (f.getKey() == field && f.getValue() instanceof byte[] b) {
                    try {
                        out.add(new Wire(b));
                    } catch (IOException e) {
                        throw new UncheckedIOException("not an OTLP message: field " + field, e);
                    }
                }
            }
            return out;
        }

        String text(int field) {
            return bytes(field) == null ? "" : new String(bytes(field), StandardCharsets.UTF_8);
        }

        String hex(int field) {
            return bytes(field) == null ? "" : HexFormat.of().formatHex(bytes(field));
        }

        long number(int field) {
            return fields.stream().filter(f -> f.getKey() == field && f.getValue() instanceof Long)
                    .mapToLong(f -> (Long) f.getValue()).findFirst().orElse(0);
        }

        private byte[] bytes(int field) {
            return fields.stream().filter(f -> f.getKey() == field && f.getValue() instanceof byte[])
                    .map(f -> (byte[]) f.getValue()).findFirst().orElse(null);
        }

        private static long varint(InputStream in) throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("truncated varint");
                }
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("varint too long");
        }
    }
}
