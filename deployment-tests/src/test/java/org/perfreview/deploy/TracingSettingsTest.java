package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.RenderedService;
import org.perfreview.deploy.support.RequiredSettings;

/**
 * The trace settings the overlays carry reach the properties the services read (quarkus.otel.*), name a collector
 * Service by its cluster DNS name (which the NetworkPolicy lets the pods reach, see NetworkPolicyTest), and are on
 * in prod and off in dev.
 */
class TracingSettingsTest {
    static final String SWITCH = "QUARKUS_OTEL_SDK_DISABLED";
    static final String ENDPOINT = "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    private static final Map<String, String> ENABLED_IN = Map.of("dev", "true", "prod", "false");

    /** The collector a service exports to: Service name, namespace and port from its endpoint setting. */
    record Collector(String service, String namespace, int port) {
    }

    static Collector collector(RenderedService rendered) {
        URI endpoint = URI.create(rendered.settings().get(ENDPOINT));
        String[] host = endpoint.getHost().split("\\.");
        return new Collector(host[0], host[1], endpoint.getPort());
    }

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void tracesAreSwitchedPerOverlayAndPointAtTheCollectorService(String overlay, DeployedService service) {
        RenderedService rendered = RenderedService.of(overlay, service);
        assertThat(service.config().keys()).as("%s reads the switch the overlay sets", service)
                .anyMatch(key -> RequiredSettings.envName(key).equals(SWITCH));
        assertThat(rendered.settings()).as("%s in %s", SWITCH, overlay).containsEntry(SWITCH, ENABLED_IN.get(overlay));

        URI endpoint = URI.create(rendered.settings().get(ENDPOINT));
        assertThat(endpoint.getScheme()).isEqualTo("http");
        assertThat(endpoint.getHost()).as("a Service's cluster DNS name").matches("[a-z0-9-]+\\.[a-z0-9-]+\\.svc(\\.cluster\\.local)?");
        assertThat(endpoint.getPort()).as("OTLP/gRPC, the exporter's default protocol").isEqualTo(4317);
    }
}
