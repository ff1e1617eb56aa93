package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.perfreview.contracts.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads topics from the beginning up to their end offsets at the time of the call, with no consumer group,
 * so a test sees exactly what was published and nothing is committed. Records that are not JSON (poison
 * messages other tests wrote) are kept with a null {@code json}.
 */
final class TopicEvents {
    private static final ObjectMapper MAPPER = Json.mapper();

    /** One record: its topic, key, headers (last value per name), raw value and the value as JSON when it is JSON. */
    record Event(String topic, String key, Map<String, String> headers, String value, JsonNode json) {
        String batchId() {
            return json == null ? null : json.path("batchId").asText(null);
        }
    }

    private TopicEvents() {
    }

    static List<Event> read(String bootstrap, Collection<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topics + " to their end offsets " + end + " within 90 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    events.add(new Event(r.topic(), r.key(), headers(r), r.value(), json(r.value())));
                }
            }
        }
        return events;
    }

    static int partitions(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            return consumer.partitionsFor(topic, Duration.ofSeconds(30)).size();
        }
    }

    /** The events of one batch on one topic (the envelope's batchId). */
    static List<JsonNode> ofBatch(List<Event> events, String topic, String batchId) {
        return events.stream().filter(e -> e.topic().equals(topic) && batchId.equals(e.batchId())).map(Event::json).toList();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static JsonNode json(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
