package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.IdentityProvider;
import org.perfreview.deploy.support.RenderedService;
import org.perfreview.deploy.support.StrimziResources;

/** Each service may reach its own database, the Kafka brokers, Keycloak's HTTP port (JWKS), DNS and the trace collector, and accepts only its HTTP port. */
class NetworkPolicyTest {

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void ingressOnlyOnTheHttpPort(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        NetworkPolicy policy = policyFor(rendered);
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).isNotEmpty().allSatisfy(rule ->
                assertThat(ports(rule.getPorts())).containsExactly("TCP/" + service.config().httpPort()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void egressOnlyToItsDatabaseKafkaKeycloakDnsAndTheTraceCollector(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        StrimziResources strimzi = StrimziResources.of(rendered.manifests());
        String ownCluster = rendered.secretSetting("QUARKUS_DATASOURCE_USERNAME").orElseThrow().secret().replaceFirst("-app$", "");
        List<NetworkPolicyEgressRule> egress = policyFor(rendered).getSpec().getEgress();

        assertThat(egress).as("egress rules of %s", service).hasSize(5).allSatisfy(rule -> {
            assertThat(rule.getTo()).as("every egress rule names its peers").isNotEmpty();
            assertThat(rule.getPorts()).as("every egress rule names its ports").isNotEmpty();
        });
        assertThat(rule(egress, Map.of("cnpg.io/cluster", ownCluster))).as("database rule").satisfies(r ->
                assertThat(ports(r.getPorts())).containsExactly("TCP/5432"));
        assertThat(rule(egress, Map.of("strimzi.io/cluster", strimzi.clusterName(), "strimzi.io/broker-role", "true")))
                .as("Kafka brokers rule").satisfies(r ->
                        assertThat(ports(r.getPorts())).containsExactly("TCP/" + strimzi.scramListener().getPort()));
        assertThat(rule(egress, Map.of("app.kubernetes.io/name", "keycloak"))).as("Keycloak rule").satisfies(r ->
                assertThat(ports(r.getPorts())).containsExactly("TCP/" + IdentityProvider.of(rendered.manifests()).httpPort()));
        assertThat(rule(egress, Map.of("k8s-app", "kube-dns"))).as("DNS rule").satisfies(r -> {
            assertThat(ports(r.getPorts())).containsExactlyInAnyOrder("UDP/53", "TCP/53");
            assertThat(r.getTo().get(0).getNamespaceSelector().getMatchLabels())
                    .containsEntry("kubernetes.io/metadata.name", "kube-system");
        });
        TracingSettingsTest.Collector collector = TracingSettingsTest.collector(rendered);
        assertThat(rule(egress, Map.of("app.kubernetes.io/name", collector.service()))).as("trace collector rule").satisfies(r -> {
            assertThat(ports(r.getPorts())).containsExactly("TCP/" + collector.port());
            assertThat(r.getTo().get(0).getNamespaceSelector().getMatchLabels())
                    .containsEntry("kubernetes.io/metadata.name", collector.namespace());
        });
    }

    private static NetworkPolicy policyFor(RenderedService rendered) {
        List<NetworkPolicy> selecting = rendered.manifests().ofKind("NetworkPolicy", NetworkPolicy.class).stream()
                .filter(p -> rendered.podLabels().entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .toList();
        assertThat(selecting).as("NetworkPolicies selecting %s", rendered.service()).hasSize(1);
        return selecting.get(0);
    }

    /** The one egress rule whose single peer selects pods by exactly these labels. */
    private static NetworkPolicyEgressRule rule(List<NetworkPolicyEgressRule> egress, Map<String, String> labels) {
        List<NetworkPolicyEgressRule> matching = egress.stream()
                .filter(r -> r.getTo().size() == 1 && selects(r.getTo().get(0), labels))
                .toList();
        assertThat(matching).as("egress rule to pods %s", labels).hasSize(1);
        return matching.get(0);
    }

    private static boolean selects(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getPodSelector() != null && labels.equals(peer.getPodSelector().getMatchLabels())
                && peer.getIpBlock() == null;
    }

    private static Set<String> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> p.getProtocol() + "/" + p.getPort().getIntVal()).collect(Collectors.toSet());
    }
}
