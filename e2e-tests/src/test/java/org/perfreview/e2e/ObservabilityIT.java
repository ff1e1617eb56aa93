package org.perfreview.e2e;

import org.junit.jupiter.api.Test;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator sees: one upload is one trace from the multipart request to the unit report, exported by the
 * three services to a real OTLP receiver through the outbox rows and the Kafka record headers; and every service
 * shows its outbox backlog and its consumers' lag on /q/metrics.
 */
class ObservabilityIT {

    @Test
    void oneUploadIsOneTraceFromTheMultipartRequestToTheUnitReport() throws Exception {
        E2e e2e = E2e.connect();
        OtlpReceiver receiver = Stack.traces();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);

        // The caller's own trace (as a gateway would send it): the services must continue it, not start another.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        SyntheticTables.Table table = E2e.syntheticTables(1).get(0);
        String boundary = "trace" + traceId;
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(e2e.uploadUrl(batchId)))
                .header("Authorization", "Bearer " + e2e.local.tokens().admin())
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multiparts.body(boundary, table.bytes(), table.unitCode(), table.fileName())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);

        await("the unit report's publication in trace " + traceId).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.trace(traceId).stream().anyMatch(s -> s.name().equals("publish perf.reports.unit")));
        List<OtlpReceiver.ReceivedSpan> trace = receiver.trace(traceId);
        System.out.println("ObservabilityIT: trace " + traceId + " has " + trace.size() + " spans:\n" + trace.stream()
                .map(s -> "  " + s.service() + " " + s.name() + " (span " + s.spanId() + ", parent " + s.parentSpanId() + ")")
                .collect(Collectors.joining("\n")));

        Set<String> steps = trace.stream().map(s -> s.service() + " " + s.name()).collect(Collectors.toSet());
        assertThat(steps).contains(
                "intake-service publish perf.submissions.normalized",
                "scoring-service consume perf.submissions.normalized",
                "scoring-service publish perf.submissions.scored",
                "report-service consume perf.submissions.scored",
                "report-service publish perf.reports.unit");
        assertThat(trace).as("intake's server span of the multipart request, child of the caller's span")
                .anyMatch(s -> s.service().equals("intake-service") && s.kind() == 2 && s.parentSpanId().equals(callerSpan)
                        && s.name().contains("submissions"));
        Set<String> ids = trace.stream().map(OtlpReceiver.ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).as("every span's parent is in the trace (or is the caller's span)")
                .allMatch(s -> s.parentSpanId().equals(callerSpan) || ids.contains(s.parentSpanId()));
        Map<String, OtlpReceiver.ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(OtlpReceiver.ReceivedSpan::spanId, s -> s));
        trace.stream().filter(s -> s.name().startsWith("consume ")).forEach(consume ->
                assertThat(byId.get(consume.parentSpanId()).name()).as("parent of %s in %s", consume.name(), consume.service())
                        .isEqualTo("publish " + consume.name().substring("consume ".length())));
    }

    @Test
    void everyServiceShowsItsOutboxBacklogAndItsConsumersLag() throws Exception {
        E2e e2e = E2e.connect();
        Map<String, String> services = Map.of("intake", e2e.stack.intake(), "scoring", e2e.stack.scoring(), "report", e2e.stack.report());
        for (Map.Entry<String, String> service : services.entrySet()) {
            await(service.getKey() + " metrics").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                String page = Metrics.page(service.getValue());
                assertThat(Metrics.max(page, "perf_outbox_backlog", "")).as("%s perf_outbox_backlog", service.getKey()).isPresent();
                assertThat(Metrics.max(page, "perf_outbox_oldest_pending_seconds", "")).isPresent();
                assertThat(page).as("%s consumer lag", service.getKey()).contains("kafka_consumer_fetch_manager_records_lag_max");
            });
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zero (an invalid id)
        return b;
    }
}
