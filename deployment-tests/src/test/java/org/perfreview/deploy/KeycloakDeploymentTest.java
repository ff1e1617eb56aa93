package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.deploy.support.IdentityProvider;
import org.perfreview.deploy.support.ProjectFiles;
import org.perfreview.deploy.support.RenderedService.SecretKey;

/**
 * Keycloak's manifests agree with the code: the realm it imports has the roles, client and token mappers of the local
 * stack's realm (local-stack/src/main/resources/identity/realm-template.json) without its demo users or key, the image
 * is the version the local stack runs, and its database and secrets are the ones the overlay creates or documents.
 */
class KeycloakDeploymentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void theRealmIsTheLocalStacksWithoutDemoUsersOrItsKey(String overlay) throws IOException {
        IdentityProvider keycloak = IdentityProvider.of(org.perfreview.deploy.support.Kustomize.overlay(overlay));
        JsonNode deployed = keycloak.realm();
        JsonNode local = JSON.readTree(ProjectFiles.read(ProjectFiles.resolve("local-stack/src/main/resources/identity/realm-template.json")));

        assertThat(deployed.path("realm")).isEqualTo(local.path("realm"));
        assertThat(deployed.path("roles")).isEqualTo(local.path("roles"));
        assertThat(deployed.path("scopeMappings")).isEqualTo(local.path("scopeMappings"));
        for (String field : new String[] {"clientId", "publicClient", "standardFlowEnabled", "implicitFlowEnabled",
                "directAccessGrantsEnabled", "fullScopeAllowed", "defaultClientScopes", "protocolMappers"}) {
            assertThat(deployed.at("/clients/0/" + field)).as("client %s", field).isEqualTo(local.at("/clients/0/" + field));
        }
        assertThat(deployed.has("users")).as("no demo users in a cluster").isFalse();
        assertThat(deployed.has("components")).as("Keycloak keeps its own keys, published as JWKS").isFalse();

        Matcher secret = PLACEHOLDER.matcher(deployed.at("/clients/0/secret").asText());
        assertThat(secret.matches()).as("the client secret is an environment placeholder").isTrue();
        assertThat(keycloak.secretSetting(secret.group(1))).as("%s comes from a Secret", secret.group(1))
                .contains(new SecretKey("perf-review-portal-oidc", "client-secret"));
        for (JsonNode uri : deployed.at("/clients/0/redirectUris")) {
            Matcher portal = Pattern.compile("^\\$\\{([A-Z0-9_]+)}/\\*$").matcher(uri.asText());
            assertThat(portal.matches()).as("redirect URI %s is the portal's URL", uri).isTrue();
            assertThat(keycloak.settings()).containsKey(portal.group(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void imageDatabaseAndProbesMatch(String overlay) {
        var manifests = org.perfreview.deploy.support.Kustomize.overlay(overlay);
        IdentityProvider keycloak = IdentityProvider.of(manifests);
        Container container = keycloak.container();
        String version = ProjectFiles.read(ProjectFiles.resolve("local-stack/pom.xml"))
                .replaceAll("(?s).*<keycloak.version>([^<]+)</keycloak.version>.*", "$1");
        assertThat(container.getImage()).isEqualTo("quay.io/keycloak/keycloak:" + version);
        assertThat(container.getArgs()).contains("start", "--import-realm");
        assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/opt/keycloak/data/import"));

        JsonNode cluster = manifests.get("Cluster", "keycloak-db");
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        assertThat(keycloak.settings()).containsEntry("KC_DB", "postgres")
                .containsEntry("KC_DB_URL", "jdbc:postgresql://keycloak-db-rw:5432/" + database)
                .containsEntry("KC_HEALTH_ENABLED", "true");
        assertThat(keycloak.secretSetting("KC_DB_USERNAME")).contains(new SecretKey("keycloak-db-app", "username"));
        assertThat(keycloak.secretSetting("KC_DB_PASSWORD")).contains(new SecretKey("keycloak-db-app", "password"));
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("management");
            assertThat(p.getContainerPort()).as("Keycloak's management interface").isEqualTo(9000);
        });
        assertThat(keycloak.issuer()).startsWith(keycloak.settings().get("KC_HOSTNAME"));
    }
}
