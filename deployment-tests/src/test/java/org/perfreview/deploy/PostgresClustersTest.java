package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.CnpgClusterSchema;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Kustomize;

/** One CloudNativePG cluster per service, valid after the overlay's patches, owning that service's database. */
class PostgresClustersTest {

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void eachServiceOwnsOneValidCluster(String overlay, DeployedService service) {
        List<JsonNode> clusters = Kustomize.overlay(overlay).ofKind("Cluster").stream()
                .filter(c -> service.database().equals(c.at("/spec/bootstrap/initdb/database").asText()))
                .toList();
        assertThat(clusters).as("clusters bootstrapping %s", service.database()).hasSize(1);
        JsonNode cluster = clusters.get(0);
        assertThat(CnpgClusterSchema.problems(cluster)).as("rendered %s", cluster.at("/metadata/name")).isEmpty();
        assertThat(cluster.at("/spec/bootstrap/initdb/owner").asText()).isEqualTo(service.database());
        assertThat(cluster.at("/spec/bootstrap/initdb/secret").isMissingNode())
                .as("no own secret: the operator generates <cluster>-app").isTrue();
    }
}
