package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Kustomize;
import org.perfreview.deploy.support.Manifests;
import org.perfreview.deploy.support.StrimziResources;
import org.perfreview.deploy.support.TopicCatalog;

/** Both overlays render every resource; dev is one of everything, prod three with room for failures. */
class OverlayShapeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void rendersEveryResourceIntoTheOverlaysNamespace(String overlay) {
        Manifests m = Kustomize.overlay(overlay);
        int services = DeployedService.ALL.size();
        int workloads = services + 2; // the services, Keycloak (keycloak/) and the portal (portal/)
        int databases = services + 1; // one per service and Keycloak's
        long autoscaled = DeployedService.ALL.stream().filter(DeployedService::autoscaled).count();
        assertThat(m.ofKind("Namespace")).hasSize(1);
        assertThat(m.ofKind("Deployment")).hasSize(workloads);
        assertThat(m.ofKind("Service")).hasSize(workloads);
        assertThat(m.ofKind("PodDisruptionBudget")).hasSize(workloads);
        assertThat(m.ofKind("NetworkPolicy")).hasSize(workloads);
        assertThat(m.ofKind("Ingress")).hasSize(1); // the portal's
        assertThat(m.ofKind("HorizontalPodAutoscaler")).hasSize((int) autoscaled);
        assertThat(m.ofKind("Cluster")).hasSize(databases);
        assertThat(m.ofKind("KafkaUser")).hasSize(services);
        assertThat(m.ofKind("KafkaTopic")).hasSize(TopicCatalog.names().size());
        assertThat(m.ofKind("KafkaNodePool")).isNotEmpty();

        String namespace = m.ofKind("Namespace").get(0).at("/metadata/name").asText();
        for (JsonNode doc : m.documents()) {
            if (!doc.path("kind").asText().equals("Namespace")) {
                assertThat(doc.at("/metadata/namespace").asText()).as("namespace of %s", doc.at("/metadata/name")).isEqualTo(namespace);
            }
        }
    }

    @Test
    void devRunsOneOfEverything() {
        Manifests dev = Kustomize.overlay("dev");
        dev.ofKind("Deployment", Deployment.class).forEach(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        dev.ofKind("Cluster").forEach(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(1));
        List<KafkaNodePool> pools = dev.ofKind("KafkaNodePool", KafkaNodePool.class);
        assertThat(pools).singleElement().satisfies(pool -> {
            assertThat(pool.getSpec().getReplicas()).isEqualTo(1);
            assertThat(pool.getSpec().getRoles()).containsExactlyInAnyOrder(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
        });
    }

    @Test
    void prodRunsThreeOfEverythingAndKeepsTwoThroughADrain() {
        Manifests prod = Kustomize.overlay("prod");
        prod.ofKind("Deployment", Deployment.class).forEach(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3));
        prod.ofKind("PodDisruptionBudget", PodDisruptionBudget.class)
                .forEach(p -> assertThat(p.getSpec().getMinAvailable().getIntVal()).isEqualTo(2));
        prod.ofKind("Cluster").forEach(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(3));

        StrimziResources strimzi = StrimziResources.of(prod);
        assertThat(strimzi.nodesWithRole(ProcessRoles.CONTROLLER)).isEqualTo(3);
        assertThat(strimzi.nodesWithRole(ProcessRoles.BROKER)).isEqualTo(3);
        assertThat(strimzi.pools()).as("controllers and brokers run in separate pools")
                .allSatisfy(p -> assertThat(p.getSpec().getRoles()).hasSize(1));
    }

    @Test
    void prodHasMorePartitionsOnEveryEventTopic() {
        var dev = StrimziResources.of(Kustomize.overlay("dev")).topicsByName();
        var prod = StrimziResources.of(Kustomize.overlay("prod")).topicsByName();
        for (Map.Entry<String, io.strimzi.api.kafka.model.topic.KafkaTopic> e : prod.entrySet()) {
            int prodPartitions = e.getValue().getSpec().getPartitions();
            int devPartitions = dev.get(e.getKey()).getSpec().getPartitions();
            boolean event = "event".equals(e.getValue().getMetadata().getLabels().get("perfreview.org/topic-role"));
            if (event) {
                assertThat(prodPartitions).as("partitions of %s", e.getKey()).isGreaterThan(devPartitions);
            } else {
                assertThat(prodPartitions).as("partitions of %s", e.getKey()).isGreaterThanOrEqualTo(devPartitions);
            }
        }
    }
}
