package org.perfreview.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Strimzi custom resources of a rendered overlay, read into Strimzi's own model classes. */
public record StrimziResources(Kafka kafka, List<KafkaNodePool> pools, List<KafkaTopic> topics, List<KafkaUser> users) {

    public static StrimziResources of(Manifests manifests) {
        List<Kafka> clusters = manifests.ofKind("Kafka", Kafka.class);
        assertThat(clusters).as("Kafka clusters in %s", manifests.source()).hasSize(1);
        return new StrimziResources(clusters.get(0), manifests.ofKind("KafkaNodePool", KafkaNodePool.class),
                manifests.ofKind("KafkaTopic", KafkaTopic.class), manifests.ofKind("KafkaUser", KafkaUser.class));
    }

    public String clusterName() {
        return kafka.getMetadata().getName();
    }

    /** The listener the services use: SCRAM-SHA-512 authenticated. */
    public GenericKafkaListener scramListener() {
        return kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getAuth() != null && "scram-sha-512".equals(l.getAuth().getType()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scram-sha-512 listener on Kafka " + clusterName()));
    }

    public int nodesWithRole(ProcessRoles role) {
        return pools.stream().filter(p -> p.getSpec().getRoles().contains(role)).mapToInt(p -> p.getSpec().getReplicas()).sum();
    }

    /** Topic name (spec.topicName, else metadata.name) to its resource. */
    public Map<String, KafkaTopic> topicsByName() {
        Map<String, KafkaTopic> byName = new LinkedHashMap<>();
        for (KafkaTopic topic : topics) {
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            assertThat(byName.put(name, topic)).as("two KafkaTopics for %s", name).isNull();
        }
        return byName;
    }

    public KafkaUser user(String name) {
        return users.stream().filter(u -> u.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaUser " + name));
    }

    public static int intConfig(Map<String, Object> config, String key) {
        Object value = config.get(key);
        assertThat(value).as("config %s", key).isNotNull();
        return Integer.parseInt(value.toString());
    }
}
