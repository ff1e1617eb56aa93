package org.perfreview.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalSpecTest {

    @Test
    void givesThePortalTheRealmItsClientAndTheThreeServicesAndNothingElse() {
        PortalSpec spec = PortalSpec.of(Path.of("/repo"), "http://127.0.0.1:9/realms/perf-review", "perf-review-portal", "s3cret");

        Map<String, String> env = spec.environment(Map.of("intake", "http://127.0.0.1:1", "scoring", "http://127.0.0.1:2",
                "report", "http://127.0.0.1:3"));

        assertThat(spec.jar()).isEqualTo(Path.of("/repo/portal/target/quarkus-app/quarkus-run.jar"));
        assertThat(env).containsOnly(
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/perf-review"),
                Map.entry("QUARKUS_OIDC_CLIENT_ID", "perf-review-portal"),
                Map.entry("QUARKUS_OIDC_CREDENTIALS_SECRET", "s3cret"),
                Map.entry("PERF_INTAKE_URL", "http://127.0.0.1:1"),
                Map.entry("PERF_SCORING_URL", "http://127.0.0.1:2"),
                Map.entry("PERF_REPORT_URL", "http://127.0.0.1:3"));
    }

    @Test
    void namesTheServicesItCallsThatAStackDoesNotRun() {
        assertThat(PortalSpec.missing(Map.of("intake", "u", "scoring", "u", "report", "u", "report-2", "u"))).isEmpty();
        assertThat(PortalSpec.missing(Map.of("standin", "u", "scoring", "u"))).containsExactly("intake", "report");
    }
}
