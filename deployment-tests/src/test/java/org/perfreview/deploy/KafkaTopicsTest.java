package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Kustomize;
import org.perfreview.deploy.support.StrimziResources;
import org.perfreview.deploy.support.TopicCatalog;

/** The Strimzi cluster and its topics, per overlay, against contracts' Topics.java. */
class KafkaTopicsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContractTopicHasOneKafkaTopicAndNoOtherExists(String overlay) {
        Map<String, KafkaTopic> topics = StrimziResources.of(Kustomize.overlay(overlay)).topicsByName();
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(TopicCatalog.names());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void topicsSetPartitionsRetentionAndFitTheBrokers(String overlay) {
        StrimziResources strimzi = StrimziResources.of(Kustomize.overlay(overlay));
        int brokers = strimzi.nodesWithRole(ProcessRoles.BROKER);
        strimzi.topicsByName().forEach((name, topic) -> {
            var spec = topic.getSpec();
            assertThat(spec.getPartitions()).as("%s partitions", name).isPositive();
            assertThat(spec.getConfig()).as("%s config", name).containsKey("retention.ms");
            assertThat(Long.parseLong(spec.getConfig().get("retention.ms").toString())).isPositive();
            assertThat(spec.getReplicas()).as("%s replicas vs %d brokers", name, brokers).isBetween(1, brokers);
            int minIsr = StrimziResources.intConfig(spec.getConfig(), "min.insync.replicas");
            // With more than one replica, one broker may be down without stopping the producers (acks=all).
            assertThat(minIsr).as("%s min.insync.replicas", name).isEqualTo(spec.getReplicas() == 1 ? 1 : spec.getReplicas() - 1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void kraftClusterHasControllersAndBrokersAndEnforcesAcls(String overlay) {
        StrimziResources strimzi = StrimziResources.of(Kustomize.overlay(overlay));
        assertThat(strimzi.nodesWithRole(ProcessRoles.CONTROLLER)).isOdd();
        int brokers = strimzi.nodesWithRole(ProcessRoles.BROKER);
        assertThat(brokers).isPositive();
        assertThat(strimzi.kafka().getSpec().getKafka().getAuthorization()).isInstanceOf(KafkaAuthorizationSimple.class);
        assertThat(strimzi.kafka().getSpec().getEntityOperator().getUserOperator()).as("User Operator reconciles KafkaUsers").isNotNull();
        assertThat(strimzi.kafka().getSpec().getEntityOperator().getTopicOperator()).as("Topic Operator reconciles KafkaTopics").isNotNull();

        Map<String, Object> config = strimzi.kafka().getSpec().getKafka().getConfig();
        for (String key : new String[] {"offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "default.replication.factor"}) {
            assertThat(StrimziResources.intConfig(config, key)).as(key).isBetween(1, brokers);
        }
        assertThat(config.get("auto.create.topics.enable")).as("topics come from KafkaTopic resources only").isEqualTo(false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyStrimziResourceBelongsToTheCluster(String overlay) {
        StrimziResources strimzi = StrimziResources.of(Kustomize.overlay(overlay));
        String cluster = strimzi.clusterName();
        strimzi.pools().forEach(p -> assertThat(p.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        strimzi.topics().forEach(t -> assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        strimzi.users().forEach(u -> assertThat(u.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
    }

    /** A redelivery is recognised only while its id is kept: the inbox must outlive every record a service consumes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void processedEventIdsOutliveEveryConsumedTopicsRecords(String overlay) {
        Map<String, KafkaTopic> topics = StrimziResources.of(Kustomize.overlay(overlay)).topicsByName();
        for (DeployedService service : DeployedService.ALL) {
            java.time.Duration kept = java.time.Duration.parse(service.config().valueOr("perf.housekeeping.processed-retention", "P366D"));
            for (String topic : service.consumes()) {
                long retentionMs = Long.parseLong(topics.get(topic).getSpec().getConfig().get("retention.ms").toString());
                assertThat(kept.toMillis()).as("%s keeps processed ids vs %s retention.ms", service.name(), topic).isGreaterThan(retentionMs);
            }
        }
    }
}
