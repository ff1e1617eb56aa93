package org.perfreview.support.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries one upload's trace through the outbox and Kafka: the trace context of the transaction that writes an
 * outbox row is stored with it ({@link #currentContext()}), the relay publishes the record in a producer span
 * under it with the context in the record's headers, and each consumer handles the record in a consumer span
 * under the headers' context. With the SDK disabled every call is a cheap no-op (no context, no span).
 */
@ApplicationScoped
public class EventTracing {

    static final String INSTRUMENTATION = "org.perfreview.events";

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    @Inject
    public EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** The current trace context in W3C form ({@code traceparent[;tracestate]}), or null when there is none. */
    public String currentContext() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        String parent = carrier.get("traceparent");
        if (parent == null) {
            return null;
        }
        String state = carrier.get("tracestate");
        return state == null || state.isEmpty() ? parent : parent + ";" + state;
    }

    /** A producer span for publishing one outbox row, child of the context stored with it. */
    public Span startPublish(String topic, String storedContext) {
        return tracer.spanBuilder("publish " + topic).setSpanKind(SpanKind.PRODUCER)
                .setParent(fromStored(storedContext))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
    }

    /** Writes the span's context into the record's headers (W3C traceparent / tracestate). */
    public void inject(Span span, Headers headers) {
        propagator.inject(Context.root().with(span), headers,
                (h, key, value) -> h.add(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A consumer span for handling one record, child of the context in its headers (a new trace when there is none). */
    public Span startConsume(String channel, String topic, Headers headers) {
        Context parent = headers == null ? Context.root() : propagator.extract(Context.root(), headers, HEADERS);
        return tracer.spanBuilder("consume " + topic).setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", channel)
                .startSpan();
    }

    private Context fromStored(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Context.root();
        }
        int split = stored.indexOf(';');
        Map<String, String> carrier = new HashMap<>();
        carrier.put("traceparent", split < 0 ? stored : stored.substring(0, split));
        if (split >= 0) {
            carrier.put("tracestate", stored.substring(split + 1));
        }
        return propagator.extract(Context.root(), carrier, MAP);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
