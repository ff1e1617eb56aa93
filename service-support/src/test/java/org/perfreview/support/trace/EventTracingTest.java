package org.perfreview.support.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One upload, one trace: the context stored with an outbox row becomes the parent of the relay's producer span,
 * travels in the record headers, and parents the consumer span whose own outbox rows carry it on. Real SDK, spans
 * kept in memory.
 */
class EventTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final OpenTelemetry sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final EventTracing tracing = new EventTracing(sdk);

    @Test
    void theRequestsTraceGoesThroughTheOutboxRowAndTheRecordHeadersToTheNextOutboxRow() {
        Span request = sdk.getTracer("test").spanBuilder("POST /api/batches/{batchId}/submissions").setSpanKind(SpanKind.SERVER).startSpan();
        String storedByIntake;
        try (Scope ignored = request.makeCurrent()) {
            storedByIntake = tracing.currentContext();
        }
        request.end();
        assertThat(storedByIntake).startsWith("00-" + request.getSpanContext().getTraceId() + "-");

        RecordHeaders headers = new RecordHeaders();
        Span publish = tracing.startPublish("perf.submissions.normalized", storedByIntake);
        tracing.inject(publish, headers);
        publish.end();
        assertThat(headers.lastHeader("traceparent")).isNotNull();

        Span consume = tracing.startConsume("normalized", "perf.submissions.normalized", headers);
        String storedByScoring;
        try (Scope ignored = consume.makeCurrent()) {
            storedByScoring = tracing.currentContext();
        }
        consume.end();
        tracing.startPublish("perf.submissions.scored", storedByScoring).end();

        List<SpanData> spans = exported.getFinishedSpanItems();
        assertThat(spans).extracting(SpanData::getName).containsExactly("POST /api/batches/{batchId}/submissions",
                "publish perf.submissions.normalized", "consume perf.submissions.normalized", "publish perf.submissions.scored");
        assertThat(spans).extracting(SpanData::getTraceId).containsOnly(request.getSpanContext().getTraceId());
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).getParentSpanId()).as("parent of %s", spans.get(i).getName()).isEqualTo(spans.get(i - 1).getSpanId());
        }
        assertThat(spans.get(1).getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(spans.get(2).getKind()).isEqualTo(SpanKind.CONSUMER);
    }

    @Test
    void aRecordWithoutTraceHeadersStartsItsOwnTrace() {
        Span consume = tracing.startConsume("normalized", "perf.submissions.normalized", new RecordHeaders());
        consume.end();
        assertThat(consume.getSpanContext().isValid()).isTrue();
        assertThat(exported.getFinishedSpanItems().get(0).getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void withTheSdkDisabledNothingIsStoredAndNoHeaderIsWritten() {
        EventTracing off = new EventTracing(OpenTelemetry.noop());
        assertThat(off.currentContext()).isNull();
        RecordHeaders headers = new RecordHeaders();
        Span publish = off.startPublish("perf.submissions.normalized", null);
        off.inject(publish, headers);
        assertThat(headers.toArray()).isEmpty();
    }
}
