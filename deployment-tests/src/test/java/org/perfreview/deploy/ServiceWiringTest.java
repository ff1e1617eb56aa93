package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.RenderedService;
import org.perfreview.deploy.support.RenderedService.SecretKey;
import org.perfreview.deploy.support.StrimziResources;

/** Each Deployment's settings point at the resources the overlay really creates: its database, Kafka, its user. */
class ServiceWiringTest {
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    static Stream<Arguments> overlaysAndConsumers() {
        return overlaysAndServices().filter(a -> ((DeployedService) a.get()[1]).autoscaled());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void databaseSettingsPointAtTheServicesOwnCluster(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        JsonNode cluster = rendered.manifests().ofKind("Cluster").stream()
                .filter(c -> service.database().equals(c.at("/spec/bootstrap/initdb/database").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster bootstraps database " + service.database()));
        String clusterName = cluster.at("/metadata/name").asText();

        Matcher url = JDBC.matcher(rendered.settings().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertThat(url.matches()).as("JDBC URL of %s", service).isTrue();
        assertThat(url.group(1)).as("host: the cluster's read-write Service").isEqualTo(clusterName + "-rw");
        assertThat(url.group(2)).isEqualTo("5432");
        assertThat(url.group(3)).isEqualTo(service.database());

        assertThat(rendered.secretSetting("QUARKUS_DATASOURCE_USERNAME")).contains(new SecretKey(clusterName + "-app", "username"));
        assertThat(rendered.secretSetting("QUARKUS_DATASOURCE_PASSWORD")).contains(new SecretKey(clusterName + "-app", "password"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void kafkaSettingsMatchStrimzisListenerAndTheServicesUser(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        StrimziResources strimzi = StrimziResources.of(rendered.manifests());
        GenericKafkaListener listener = strimzi.scramListener();
        Map<String, String> settings = rendered.settings();

        assertThat(settings.get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(strimzi.clusterName() + "-kafka-bootstrap:" + listener.getPort());
        assertThat(settings.get("KAFKA_SECURITY_PROTOCOL")).isEqualTo(listener.isTls() ? "SASL_SSL" : "SASL_PLAINTEXT");
        assertThat(settings.get("KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");

        assertThat(strimzi.user(service.name()).getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
        assertThat(rendered.secretSetting("KAFKA_SASL_JAAS_CONFIG")).contains(new SecretKey(service.name(), "sasl.jaas.config"));

        if (listener.isTls()) {
            assertThat(settings.get("KAFKA_SSL_TRUSTSTORE_TYPE")).isEqualTo("PEM");
            assertThat(rendered.secretFileAt(settings.get("KAFKA_SSL_TRUSTSTORE_LOCATION")))
                    .as("truststore file comes from Strimzi's cluster CA secret")
                    .contains(new SecretKey(strimzi.clusterName() + "-cluster-ca-cert", "ca.crt"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void disruptionBudgetCoversThePodsAndStillAllowsADrain(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        PodDisruptionBudget pdb = rendered.manifests().get("PodDisruptionBudget", service.name(), PodDisruptionBudget.class);
        assertThat(rendered.podLabels()).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());

        int replicas = rendered.manifests().find("HorizontalPodAutoscaler", service.name())
                .map(h -> h.at("/spec/minReplicas").asInt())
                .orElse(rendered.deployment().getSpec().getReplicas());
        if (pdb.getSpec().getMinAvailable() != null) {
            assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as("minAvailable below %d replicas", replicas).isLessThan(replicas);
        } else {
            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndConsumers")
    void autoscalerStopsAtThePartitionsItCanConsume(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        HorizontalPodAutoscaler hpa = rendered.manifests().get("HorizontalPodAutoscaler", service.name(), HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.name());
        assertThat(hpa.getSpec().getMinReplicas()).isBetween(1, hpa.getSpec().getMaxReplicas());
        assertThat(rendered.container().getResources().getRequests()).as("CPU utilization needs a CPU request").containsKey("cpu");

        Map<String, KafkaTopic> topics = StrimziResources.of(rendered.manifests()).topicsByName();
        int partitions = service.consumes().stream().mapToInt(t -> topics.get(t).getSpec().getPartitions()).max().orElseThrow();
        assertThat(hpa.getSpec().getMaxReplicas()).as("replicas beyond %d partitions would idle", partitions)
                .isLessThanOrEqualTo(partitions);
    }
}
