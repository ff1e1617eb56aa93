package org.perfreview.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.process.Ports;

class KafkaBrokerTest {
    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.inDirectory(dir);
        long t0 = System.nanoTime();
        broker.start();
        System.out.printf("kafka first start (format + start) %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        broker.createStackTopics();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void createsTheContractTopicsWithTheConfiguredPartitionsAndCompactsBatches() throws Exception {
        try (Admin admin = broker.admin()) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(names).contains(Events.BATCH_UPDATED.topic(), Events.SUBMISSION_NORMALIZED.topic(), Events.SUBMISSION_SCORED.topic(),
                    Events.UNIT_REPORT_UPDATED.topic(), Events.CITY_REPORT_UPDATED.topic(), Events.NOTICE_ISSUED.topic(), Topics.DLQ_SCORING, Topics.DLQ_REPORT);
            Map<String, TopicDescription> described = admin.describeTopics(List.of(Events.SUBMISSION_SCORED.topic()))
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(described.get(Events.SUBMISSION_SCORED.topic()).partitions()).hasSize(StackTopics.DEFAULT_PARTITIONS);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Events.BATCH_UPDATED.topic());
            var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
        broker.createStackTopics(); // idempotent: existing topics are no error
    }

    @Test
    void recordsSurviveAControlledStopAndACrashOnTheSamePort() throws Exception {
        String topic = Events.SUBMISSION_NORMALIZED.topic();
        String key = "unit-" + UUID.randomUUID();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = producer()) {
            written = producer.send(new ProducerRecord<>(topic, key, "{\"v\":1}")).get(30, TimeUnit.SECONDS);
        }
        assertThat(readValues(topic, key, true)).containsExactly("{\"v\":1}");

        long t0 = System.nanoTime();
        broker.stop();
        long stopped = System.nanoTime();
        assertThat(Ports.isListening(broker.port())).isFalse();
        broker.start();
        System.out.printf("kafka stop %d ms, restart %d ms%n", (stopped - t0) / 1_000_000,
                (System.nanoTime() - stopped) / 1_000_000);
        assertThat(broker.bootstrapServers()).endsWith(":" + broker.port());
        assertThat(readValues(topic, key, false)).containsExactly("{\"v\":1}");

        broker.kill();
        broker.start();
        try (KafkaProducer<String, String> producer = producer()) {
            RecordMetadata second = producer.send(new ProducerRecord<>(topic, key, "{\"v\":2}")).get(30, TimeUnit.SECONDS);
            assertThat(second.partition()).isEqualTo(written.partition());
            assertThat(second.offset()).isGreaterThan(written.offset());
        }
        assertThat(readValues(topic, key, false)).containsExactly("{\"v\":1}", "{\"v\":2}");
        assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
        printRss();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000),
                new StringSerializer(), new StringSerializer());
    }

    /**
     * Reads the whole topic and keeps the values carrying the key. With a group the consumer goes through the
     * group coordinator (the single-replica offsets topic); without one it assigns all partitions directly.
     */
    private static List<String> readValues(String topic, String key, boolean viaGroup) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        if (viaGroup) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        }
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            if (viaGroup) {
                consumer.subscribe(List.of(topic));
            } else {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && !reachedEnd(consumer, end)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(key)) {
                        values.add(r.value());
                    }
                }
            }
        }
        return values;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        if (!consumer.assignment().containsAll(end.keySet())) {
            return false;
        }
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void printRss() throws Exception {
        Path status = Path.of("/proc", Long.toString(broker.pid()), "status");
        if (Files.exists(status)) {
            Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS")).forEach(
                    l -> System.out.println("kafka broker " + l));
        }
    }
}
