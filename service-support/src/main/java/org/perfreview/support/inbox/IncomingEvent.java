package org.perfreview.support.inbox;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.Topics;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A received event as the inbox needs it; built from a Kafka record, or from a plain message in tests
 * ({@code headers} null). The headers carry the trace context (support/trace/EventTracing).
 */
public record IncomingEvent(String topic, String key, String value, String eventIdHeader, Headers headers) {

    @SuppressWarnings("unchecked")
    public static IncomingEvent from(Message<?> message, String channel) {
        Optional<IncomingKafkaRecordMetadata> meta = message.getMetadata(IncomingKafkaRecordMetadata.class);
        if (meta.isEmpty()) {
            return new IncomingEvent(channel, null, (String) message.getPayload(), null, null);
        }
        IncomingKafkaRecordMetadata<String, String> kafka = meta.get();
        Header id = kafka.getHeaders().lastHeader(Topics.HEADER_EVENT_ID);
        return new IncomingEvent(kafka.getTopic(), kafka.getKey(), (String) message.getPayload(),
                id == null ? null : new String(id.value(), StandardCharsets.UTF_8), kafka.getHeaders());
    }
}
