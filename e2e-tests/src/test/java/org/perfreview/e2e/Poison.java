package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Messages no consumer can process, written with a plain producer, each made from a real event of the topic so
 * only the fault differs. The envelope's batch id is replaced by a fresh one, so they never count in any batch.
 */
final class Poison {

    /** What is wrong with the message, and the words the dead-letter reason must contain. */
    enum Kind {
        NOT_JSON(Pattern.compile("not JSON|no readable eventId")),
        SCHEMA_INVALID(Pattern.compile("payload does not match")),
        UNKNOWN_VERSION(Pattern.compile("unsupported schema version 99"));

        final Pattern reason;

        Kind(Pattern reason) {
            this.reason = reason;
        }
    }

    /** One poison record: where it goes, its unique key, value and whether it carries the event headers. */
    record Message(String topic, int partition, Kind kind, String key, String value, boolean headers, String eventType) {
    }

    private Poison() {
    }

    /**
     * The three kinds of poison for one topic, on each of its partitions (so every consumer of every partition
     * meets them), from {@code template}: a real event read from that topic.
     */
    static List<Message> of(String topic, int partitions, JsonNode template, String run) {
        String eventType = template.path("eventType").asText();
        List<Message> messages = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            String prefix = "poison-" + run + "-" + topic + "-" + p + "-";
            ObjectNode invalid = renamed(template);
            breakPayload(topic, (ObjectNode) invalid.path("payload"));
            ObjectNode future = renamed(template);
            future.put("schemaVersion", 99);
            messages.add(new Message(topic, p, Kind.NOT_JSON, prefix + Kind.NOT_JSON, "{\"eventId\": this is no JSON " + prefix, false, eventType));
            messages.add(new Message(topic, p, Kind.SCHEMA_INVALID, prefix + Kind.SCHEMA_INVALID, invalid.toString(), true, eventType));
            messages.add(new Message(topic, p, Kind.UNKNOWN_VERSION, prefix + Kind.UNKNOWN_VERSION, future.toString(), true, eventType));
        }
        return messages;
    }

    static void send(String bootstrap, List<Message> messages) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (Message m : messages) {
                ProducerRecord<String, String> record = new ProducerRecord<>(m.topic(), m.partition(), m.key(), m.value());
                if (m.headers()) {
                    JsonNode envelope = org.perfreview.contracts.Json.mapper().readTree(m.value());
                    header(record, Topics.HEADER_EVENT_ID, envelope.path("eventId").asText());
                    header(record, Topics.HEADER_EVENT_TYPE, m.eventType());
                    header(record, Topics.HEADER_SCHEMA_VERSION, envelope.path("schemaVersion").asText());
                }
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A copy with its own event id and a batch id no test uses. */
    private static ObjectNode renamed(JsonNode template) {
        ObjectNode copy = template.deepCopy();
        copy.put("eventId", UUID.randomUUID().toString());
        copy.put("batchId", UUID.randomUUID().toString());
        return copy;
    }

    /** An identifier that is no UUID where each payload type needs one: valid JSON, invalid against the schema. */
    private static void breakPayload(String topic, ObjectNode payload) {
        Consumer<ObjectNode> breaker;
        if (topic.equals(Events.BATCH_UPDATED.topic())) {
            breaker = p -> p.put("id", "not-a-uuid");
        } else if (topic.equals(Events.SUBMISSION_NORMALIZED.topic())) {
            breaker = p -> ((ObjectNode) p.path("submission")).put("submissionId", "not-a-uuid");
        } else if (topic.equals(Events.SUBMISSION_SCORED.topic())) {
            breaker = p -> p.put("submissionId", "not-a-uuid");
        } else {
            throw new IllegalArgumentException("no consumer reads " + topic);
        }
        breaker.accept(payload);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
