package org.perfreview.localstack.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;

/** The topics the services exchange events on and their dead-letter topics, as the contracts module declares them. */
public final class StackTopics {
    public static final int DEFAULT_PARTITIONS = 3;

    private StackTopics() {
    }

    public static List<NewTopic> all(int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Events.topics()) {
            NewTopic topic = topic(name, partitions);
            if (name.equals(Events.BATCH_UPDATED.topic())) {
                // Batch settings are state keyed by batch id: only the latest value per key matters.
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            if (name.equals(Events.CITY_REPORT_UPDATED.topic())) {
                // A city report lists every unit: megabytes for a large batch, up to what the relay sends (service-support
                // RelayProducerFactory.MAX_EVENT_BYTES, 16 MiB).
                topic.configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024)));
            }
            topics.add(topic);
        }
        Topics.DEAD_LETTERS.forEach(name -> topics.add(topic(name, partitions)));
        return topics;
    }

    private static NewTopic topic(String name, int partitions) {
        return new NewTopic(name, partitions, (short) 1);
    }
}
