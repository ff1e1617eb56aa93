package org.perfreview.localstack.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.perfreview.contracts.events.Topics;

/** The topics the services exchange events on, as declared in the contracts module. */
public final class StackTopics {
    public static final int DEFAULT_PARTITIONS = 3;

    private StackTopics() {
    }

    public static List<NewTopic> all(int partitions) {
        // Batch settings are state keyed by batch id: only the latest value per key matters.
        NewTopic batches = topic(Topics.BATCHES, partitions)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        return List.of(batches,
                topic(Topics.SUBMISSIONS_NORMALIZED, partitions),
                topic(Topics.SUBMISSIONS_SCORED, partitions),
                topic(Topics.REPORTS_UNIT, partitions),
                topic(Topics.REPORTS_CITY, partitions),
                topic(Topics.NOTICES, partitions),
                topic(Topics.DLQ_SCORING, partitions),
                topic(Topics.DLQ_REPORT, partitions),
                topic(Topics.DLQ_INTAKE, partitions));
    }

    private static NewTopic topic(String name, int partitions) {
        return new NewTopic(name, partitions, (short) 1);
    }
}
