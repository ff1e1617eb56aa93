package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Dockerfile;
import org.perfreview.deploy.support.RootPom;

/** The services' Dockerfile.jvm: Quarkus fast-jar layout on a UBI OpenJDK runtime of the build's Java version. */
class DockerfileTest {
    private static final List<String> FAST_JAR_PARTS = List.of(
            "target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/");

    static Stream<DeployedService> services() {
        return DeployedService.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsOnTheJavaVersionTheBuildTargets(DeployedService service) {
        Dockerfile docker = Dockerfile.read(Dockerfile.pathFor(service.name()));
        String release = RootPom.property("maven.compiler.release");
        assertThat(docker.all("FROM")).singleElement().asString()
                .matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-" + release + "-runtime:[0-9][0-9.\\-]*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void copiesTheFourFastJarPartsOwnedByTheRuntimeUser(DeployedService service) {
        Dockerfile docker = Dockerfile.read(Dockerfile.pathFor(service.name()));
        String user = docker.last("USER");
        List<String> copies = docker.all("COPY");
        assertThat(copies).hasSize(FAST_JAR_PARTS.size());
        for (int i = 0; i < copies.size(); i++) {
            String[] words = copies.get(i).split("\\s+");
            assertThat(words).as("COPY %s", copies.get(i)).hasSize(3);
            assertThat(words[0]).isEqualTo("--chown=" + user);
            assertThat(words[1]).isEqualTo(FAST_JAR_PARTS.get(i));
            assertThat(words[2]).startsWith("/deployments/");
        }
        assertThat(docker.all("ENV")).anySatisfy(env -> assertThat(env).isEqualTo("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        assertThat(service.config().valueOr("quarkus.package.jar.type", "fast-jar")).isEqualTo("fast-jar");
        assertThat(docker.last("ENTRYPOINT")).contains("run-java.sh");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void exposesTheHttpPortAsANonRootUser(DeployedService service) {
        Dockerfile docker = Dockerfile.read(Dockerfile.pathFor(service.name()));
        assertThat(docker.last("EXPOSE")).isEqualTo(String.valueOf(service.config().httpPort()));
        assertThat(docker.last("USER")).matches("[1-9][0-9]*");
        assertThat(docker.all("ENV")).anySatisfy(env -> assertThat(env).contains("-Dquarkus.http.host=0.0.0.0"));
    }
}
