package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.deploy.support.ComposeFile;
import org.perfreview.deploy.support.Dockerfile;
import org.perfreview.deploy.support.Kustomize;
import org.perfreview.deploy.support.Manifests;
import org.perfreview.deploy.support.ProjectFiles;

/**
 * The portal (no database, no broker) against its code: every variable its application.properties needs without a
 * default is set in both overlays and in compose, the service URLs name Services that exist on their port, the Ingress
 * reaches the portal's Service, probes and image follow the other services.
 */
class PortalDeploymentTest {
    private static final Pattern REQUIRED = Pattern.compile("^[a-z][^%=#]*=\\$\\{([A-Z0-9_]+)}\\s*$", Pattern.MULTILINE);
    private static final Set<String> SERVICE_URLS = Set.of("PERF_INTAKE_URL", "PERF_SCORING_URL", "PERF_REPORT_URL");

    /** Variables the prod profile reads with no default (a missing one stops the portal at start). */
    static Set<String> requiredVariables() {
        String properties = ProjectFiles.read(ProjectFiles.resolve("portal/src/main/resources/application.properties"));
        Set<String> names = new HashSet<>();
        Matcher m = REQUIRED.matcher(properties);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theServiceUrlsAreReadFromTheEnvironmentWithoutDefaults() {
        assertThat(requiredVariables()).containsAll(SERVICE_URLS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyRequiredSettingIsSetAndTheServiceUrlsReachServicesThatExist(String overlay) {
        Manifests m = Kustomize.overlay(overlay);
        JsonNode deployment = m.get("Deployment", "portal");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        String configName = container.at("/envFrom/0/configMapRef/name").asText();
        JsonNode config = m.get("ConfigMap", configName).path("data");
        Set<String> set = new HashSet<>();
        config.fieldNames().forEachRemaining(set::add);
        container.path("env").forEach(e -> set.add(e.path("name").asText()));
        assertThat(set).containsAll(requiredVariables()).contains("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CREDENTIALS_SECRET");

        for (String name : SERVICE_URLS) {
            String url = config.path(name).asText();
            Matcher u = Pattern.compile("http://([a-z-]+):(\\d+)").matcher(url);
            assertThat(u.matches()).as(name + "=" + url).isTrue();
            JsonNode service = m.get("Service", u.group(1));
            assertThat(service.at("/spec/ports/0/port").asInt()).as(name).isEqualTo(Integer.parseInt(u.group(2)));
        }
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();

        JsonNode ingress = m.get("Ingress", "portal");
        JsonNode backend = ingress.at("/spec/rules/0/http/paths/0/backend/service");
        assertThat(backend.path("name").asText()).isEqualTo("portal");
        assertThat(m.get("Service", "portal").at("/spec/ports/0/name").asText()).isEqualTo(backend.at("/port/name").asText());
    }

    @Test
    void composeRunsThePortalWithTheSameSettingsAndImage() {
        ComposeFile compose = ComposeFile.read();
        Set<String> env = new HashSet<>();
        compose.service("portal").path("environment").fieldNames().forEachRemaining(env::add);
        assertThat(env).containsAll(requiredVariables());
        assertThat(compose.env("portal", "PERF_INTAKE_URL")).isEqualTo("http://intake-service:8080");
        assertThat(compose.service("portal").at("/build/context").asText()).isEqualTo("./portal");
        Dockerfile docker = Dockerfile.read(Dockerfile.pathFor("portal"));
        assertThat(docker.all("FROM")).singleElement().asString().startsWith("registry.access.redhat.com/ubi9/openjdk-");
        Set<String> dependsOn = new HashSet<>();
        compose.service("portal").path("depends_on").fieldNames().forEachRemaining(dependsOn::add);
        assertThat(dependsOn).containsExactlyInAnyOrder("keycloak", "intake-service", "scoring-service", "report-service");
        // It signs in at the Keycloak of the same profile, with the secret that Keycloak's realm gives its client.
        assertThat(compose.service("portal").path("profiles").toString()).isEqualTo(compose.service("keycloak").path("profiles").toString());
        assertThat(compose.env("portal", "QUARKUS_OIDC_CREDENTIALS_SECRET"))
                .isEqualTo(compose.env("keycloak", "PERF_REVIEW_PORTAL_CLIENT_SECRET"));
        assertThat(ComposeFile.withDefaults(compose.env("keycloak", "PERF_REVIEW_PORTAL_URL"))).endsWith(":" + compose.service("portal").at("/ports/0").asText().split(":")[0]);
    }
}
