package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.CnpgClusterSchema;
import org.perfreview.deploy.support.Models;
import org.perfreview.deploy.support.ProjectFiles;
import org.perfreview.deploy.support.UnknownFields;
import org.perfreview.deploy.support.Yaml;

/** Every file under k8s/ parses, every resource in it reads into its typed model with no unknown field. */
class ManifestFilesTest {

    static Stream<Named<Path>> k8sFiles() {
        return files().map(f -> Named.of(ProjectFiles.root().relativize(f).toString(), f));
    }

    private static Stream<Path> files() {
        return ProjectFiles.yamlFilesUnder(ProjectFiles.resolve("k8s")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("k8sFiles")
    void everyResourceReadsIntoItsModel(Path file) {
        List<JsonNode> documents = Yaml.documents(file);
        assertThat(documents).as("%s holds no YAML document", file).isNotEmpty();
        for (JsonNode doc : documents) {
            if (doc.isArray() || isKustomization(doc)) {
                continue; // JSON patches and kustomizations: checked by rendering the overlays
            }
            if (Models.isCnpgCluster(doc)) {
                assertThat(CnpgClusterSchema.problems(doc)).as("%s in %s", Models.describe(doc), file).isEmpty();
                continue;
            }
            Optional<Class<?>> type = Models.typeOf(doc);
            assertThat(type).as("%s in %s: apiVersion %s has no model here", Models.describe(doc), file,
                    doc.path("apiVersion").asText()).isPresent();
            Object model = Models.convert(doc, type.get());
            assertThat(UnknownFields.in(model)).as("unknown fields of %s in %s", Models.describe(doc), file).isEmpty();
        }
    }

    @Test
    void everyFileIsReachedFromAKustomization() {
        Set<Path> reached = new HashSet<>();
        for (Path kustomization : kustomizations()) {
            JsonNode k = Yaml.single(kustomization);
            Path dir = kustomization.getParent();
            k.path("resources").forEach(r -> reached.add(dir.resolve(r.asText()).normalize()));
            k.path("patches").forEach(p -> {
                if (p.has("path")) {
                    reached.add(dir.resolve(p.path("path").asText()).normalize());
                }
            });
        }
        for (Path target : reached) {
            assertThat(Files.exists(target)).as("referenced but missing: %s", target).isTrue();
            if (Files.isDirectory(target)) {
                assertThat(target.resolve("kustomization.yaml")).as("directory resource without kustomization").exists();
            }
        }
        List<Path> orphans = files()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .filter(f -> !reached.contains(f.normalize()))
                .toList();
        assertThat(orphans).as("YAML files no kustomization uses").isEmpty();
    }

    @Test
    void misspeltFieldIsReportedNotDropped() {
        JsonNode doc = Yaml.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """).get(0);
        List<String> unknown = UnknownFields.in(Models.convert(doc, Deployment.class));
        assertThat(unknown).singleElement().asString()
                .contains("spec.template.spec.containers[0]").contains("readinesProbe");
    }

    @Test
    void misspeltStrimziFieldIsReportedNotDropped() {
        JsonNode doc = Yaml.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: x, labels: {strimzi.io/cluster: c}}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        opperations: [Read]
                """).get(0);
        assertThat(UnknownFields.in(Models.convert(doc, KafkaUser.class))).singleElement().asString()
                .contains("acls[0]").contains("opperations");
    }

    @Test
    void cnpgSchemaRejectsAMisspeltField() {
        JsonNode doc = Yaml.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x-db}
                spec:
                  instance: 3
                  storage: {size: 1Gi}
                  bootstrap: {initdb: {database: x, owner: x}}
                  postgresql: {parameters: {max_connections: 100}}
                """).get(0);
        assertThat(CnpgClusterSchema.problems(doc)).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(p -> assertThat(p).contains("instance"))
                .anySatisfy(p -> assertThat(p).contains("max_connections"));
    }

    private static boolean isKustomization(JsonNode doc) {
        return "Kustomization".equals(doc.path("kind").asText());
    }

    private static List<Path> kustomizations() {
        return files().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
    }
}
