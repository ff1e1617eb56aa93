package org.perfreview.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** What a service's consumer group has committed, read with the admin client. */
final class ConsumerGroups {
    private ConsumerGroups() {
    }

    /**
     * Waits until {@code group} has committed the end offset of every partition of {@code topic} as it is now:
     * everything published so far was processed (services commit only after the effect is committed).
     */
    static void awaitCaughtUp(String bootstrap, String group, String topic, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> end = endOffsets(admin, topic);
            await(group + " consumed " + topic + " to " + end).atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> lag(admin, group, end) == 0);
        }
    }

    private static long lag(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += Math.max(0, e.getValue() - (c == null ? 0 : c.offset()));
        }
        return lag;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }
}
