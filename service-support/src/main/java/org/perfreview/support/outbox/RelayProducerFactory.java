package org.perfreview.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.perfreview.support.KafkaSettings;

import java.util.Map;

/**
 * Makes the relay's idempotent, acks=all producer. Settings come from {@code kafka.*} configuration (the same
 * keys the SmallRye Kafka connector reads: bootstrap servers, security protocol, SASL). A bean of its own so that
 * the services' tests can put a mock producer in its place (an {@code @Alternative}, test-support's
 * {@code MockRelayProducerFactory}).
 */
@ApplicationScoped
public class RelayProducerFactory {

    /** The largest event the relay sends: 16 MiB. */
    public static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

    @Inject
    Config config;

    public Producer<String, String> create() {
        Map<String, Object> props = KafkaSettings.from(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Events are JSON with repeated field names and Chinese text: lz4 shrinks them several times for little CPU.
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // The city report of a batch of thousands of units is megabytes of JSON (its score sheet lists every unit); at
        // Kafka's 1 MB default the relay could never send it. perf.reports.city accepts as much (max.message.bytes in
        // local-stack StackTopics and k8s/base/kafka/topics.yaml); a larger event is parked (OutboxSender).
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_EVENT_BYTES);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, config.getOptionalValue("quarkus.application.name", String.class).orElse("perf") + "-outbox");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
