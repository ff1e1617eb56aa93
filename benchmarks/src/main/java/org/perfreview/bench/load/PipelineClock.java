package org.perfreview.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.perfreview.contracts.Json;
import org.perfreview.contracts.events.Events;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the scored and unit-report topics from their current end and notes, per submission, when its first
 * score and its first unit report arrived (System.nanoTime of the poll that returned it). Also counts score
 * events per submission so a run can show that nothing was scored twice.
 */
final class PipelineClock implements AutoCloseable {

    private final ObjectMapper mapper = Json.mapper();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> scored = new ConcurrentHashMap<>();
    private final Map<String, Long> reported = new ConcurrentHashMap<>();
    private final Map<String, Integer> scoreEvents = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    PipelineClock(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Events.SUBMISSION_SCORED.topic(), Events.UNIT_REPORT_UPDATED.topic())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before any upload
        thread = new Thread(this::poll, "pipeline-clock");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                try {
                    JsonNode event = mapper.readTree(r.value());
                    if (r.topic().equals(Events.SUBMISSION_SCORED.topic())) {
                        String id = event.path("payload").path("submissionId").asText();
                        scored.putIfAbsent(id, now);
                        scoreEvents.merge(id + "#" + event.path("payload").path("scoringRun").asInt(), 1, Integer::sum);
                    } else {
                        for (JsonNode table : event.path("payload").path("tables")) {
                            reported.putIfAbsent(table.path("submissionId").asText(), now);
                        }
                    }
                } catch (IOException e) {
                    // Not ours to judge: the services' dead-letter handling covers malformed events.
                }
            }
        }
        consumer.close();
    }

    Long scoredAt(String submissionId) {
        return scored.get(submissionId);
    }

    Long reportedAt(String submissionId) {
        return reported.get(submissionId);
    }

    /** Score events beyond the first for one submission and scoring run (redeliveries the consumers drop). */
    long repeatedScoreEvents() {
        return scoreEvents.values().stream().mapToLong(n -> n - 1).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
