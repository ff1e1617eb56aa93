package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.ComposeFile;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Dockerfile;
import org.perfreview.deploy.support.ProjectFiles;
import org.perfreview.deploy.support.RequiredSettings;
import org.perfreview.deploy.support.RootPom;
import org.perfreview.deploy.support.ServiceConfig;
import org.perfreview.deploy.support.TopicCatalog;
import org.perfreview.deploy.support.Yaml;

/** docker-compose.yml against the code, the Dockerfiles and the Kubernetes base. */
class ComposeFileTest {
    private static final ComposeFile COMPOSE = ComposeFile.read();
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");

    static Stream<DeployedService> services() {
        return DeployedService.ALL.stream();
    }

    @Test
    void infrastructureImagesMatchTheBuildAndTheClusterVersions() {
        String kafkaImage = "apache/kafka:" + RootPom.property("kafka.version");
        assertThat(COMPOSE.service("kafka").path("image").asText()).isEqualTo(kafkaImage);
        assertThat(COMPOSE.service("kafka-topics").path("image").asText()).isEqualTo(kafkaImage);

        String postgres = COMPOSE.service("postgres").path("image").asText();
        assertThat(postgres).matches("postgres:\\d+");
        List<JsonNode> clusters = Yaml.documents(ProjectFiles.resolve("k8s/base/postgres/clusters.yaml"));
        assertThat(clusters).isNotEmpty().allSatisfy(c -> assertThat(c.at("/spec/imageName").asText())
                .as("CloudNativePG runs the same PostgreSQL major as compose")
                .contains(":" + postgres.substring("postgres:".length()) + "."));
    }

    @Test
    void kafkaIsASingleKraftNodeAndTheTopicsOfContractsAreCreated() {
        JsonNode env = COMPOSE.service("kafka").path("environment");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).startsWith(env.path("KAFKA_NODE_ID").asText() + "@kafka:");
        assertThat(COMPOSE.service("kafka").path("healthcheck").path("test")).isNotEmpty();

        JsonNode topics = COMPOSE.service("kafka-topics");
        List<String> declared = Arrays.asList(topics.path("environment").path("PERF_TOPICS").asText().trim().split("\\s+"));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(TopicCatalog.names());
        assertThat(topics.path("command").toString()).contains("$$PERF_TOPICS").contains("--create");
        assertThat(topics.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceIsBuiltFromItsDockerfileAndTaggedAsTheDevOverlayExpects(DeployedService service) {
        JsonNode build = COMPOSE.service(service.name()).path("build");
        Path context = ProjectFiles.root().resolve(build.path("context").asText()).normalize();
        assertThat(context).isEqualTo(ProjectFiles.resolve(service.name()));
        assertThat(context.resolve(build.path("dockerfile").asText())).isEqualTo(Dockerfile.pathFor(service.name())).exists();

        JsonNode dev = Yaml.single(ProjectFiles.resolve("k8s/overlays/dev/kustomization.yaml"));
        JsonNode baseDeployment = Yaml.single(ProjectFiles.resolve("k8s/base/" + service.name() + "/deployment.yaml"));
        String baseImage = baseDeployment.at("/spec/template/spec/containers/0/image").asText().replaceFirst(":[^:/]+$", "");
        String devTag = findImage(dev, baseImage).path("newTag").asText();
        assertThat(COMPOSE.service(service.name()).path("image").asText()).isEqualTo(baseImage + ":" + devTag);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceGetsEveryRequiredSettingAndItsOwnDatabase(DeployedService service) {
        JsonNode env = COMPOSE.service(service.name()).path("environment");
        List<String> names = new ArrayList<>();
        env.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsAll(RequiredSettings.forService(service));
        assertThat(names).containsAnyElementsOf(RequiredSettings.JWT_KEY);

        Matcher url = JDBC.matcher(COMPOSE.env(service.name(), "QUARKUS_DATASOURCE_JDBC_URL"));
        assertThat(url.matches()).isTrue();
        assertThat(url.group(1)).isEqualTo("postgres");
        assertThat(url.group(3)).isEqualTo(service.database());

        String sql = ProjectFiles.read(initScript());
        String user = COMPOSE.env(service.name(), "QUARKUS_DATASOURCE_USERNAME");
        assertThat(ComposeFile.databaseOwners(sql)).containsEntry(service.database(), user);
        assertThat(ComposeFile.rolePasswords(sql)).containsEntry(user, COMPOSE.env(service.name(), "QUARKUS_DATASOURCE_PASSWORD"));

        String advertised = COMPOSE.env("kafka", "KAFKA_ADVERTISED_LISTENERS");
        assertThat(advertised).contains("PLAINTEXT://" + COMPOSE.env(service.name(), "KAFKA_BOOTSTRAP_SERVERS"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceRunsLikeOnKubernetesAndMountsTheJwtKeyItIsTold(DeployedService service) {
        JsonNode svc = COMPOSE.service(service.name());
        assertThat(svc.path("user").asText()).isEqualTo(Dockerfile.read(Dockerfile.pathFor(service.name())).last("USER"));
        assertThat(svc.path("read_only").asBoolean()).isTrue();
        assertThat(svc.path("tmpfs").toString()).contains("\"/tmp");

        String keyPath = COMPOSE.env(service.name(), "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        JsonNode mount = find(svc.path("volumes"), v -> keyPath.equals(v.path("target").asText()));
        assertThat(mount.path("read_only").asBoolean()).isTrue();
        assertThat(mount.at("/bind/create_host_path").asBoolean(true)).as("a missing key fails instead of becoming a directory").isFalse();
        assertThat(ComposeFile.withDefaults(mount.path("source").asText())).isEqualTo("./deploy/dev-keys/public.pem");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceWaitsForHealthyDependenciesAndReportsItsOwnReadiness(DeployedService service) {
        JsonNode svc = COMPOSE.service(service.name());
        ServiceConfig config = service.config();
        assertThat(svc.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(svc.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
        assertThat(svc.at("/depends_on/kafka-topics/condition").asText()).isEqualTo("service_completed_successfully");
        assertThat(COMPOSE.service("postgres").path("healthcheck").path("test")).isNotEmpty();
        assertThat(svc.path("healthcheck").path("test").toString())
                .contains("http://localhost:" + config.httpPort() + config.healthPath("readiness"));
        assertThat(svc.path("ports").toString()).contains(":" + config.httpPort() + "\"");
    }

    private static Path initScript() {
        JsonNode mount = find(COMPOSE.service("postgres").path("volumes"),
                v -> v.asText().contains(":/docker-entrypoint-initdb.d/"));
        Path script = ProjectFiles.root().resolve(mount.asText().split(":")[0]).normalize();
        assertThat(script).exists();
        return script;
    }

    private static JsonNode findImage(JsonNode kustomization, String name) {
        return find(kustomization.path("images"), i -> name.equals(i.path("name").asText()));
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (test.test(item)) {
                return item;
            }
        }
        throw new AssertionError("no matching entry in " + array);
    }

    @Test
    void keycloakImportsTheClustersRealmWithEveryPlaceholderSet() {
        JsonNode keycloak = COMPOSE.service("keycloak");
        String version = ProjectFiles.read(ProjectFiles.resolve("local-stack/pom.xml"))
                .replaceAll("(?s).*<keycloak.version>([^<]+)</keycloak.version>.*", "$1");
        assertThat(keycloak.path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:" + version);
        assertThat(keycloak.path("command").toString()).contains("--import-realm");
        String realmMount = keycloak.path("volumes").get(0).asText();
        assertThat(realmMount).startsWith("./k8s/base/keycloak/realm-perf-review.json:/opt/keycloak/data/import/");
        String realm = ProjectFiles.read(ProjectFiles.resolve("k8s/base/keycloak/realm-perf-review.json"));
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(realm);
        while (placeholder.find()) {
            assertThat(keycloak.path("environment").has(placeholder.group(1))).as("compose sets %s", placeholder.group(1)).isTrue();
        }
    }
}
