package org.perfreview.localstack.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Keycloak's server distribution as Maven Central publishes it ({@code org.keycloak:keycloak-quarkus-dist:VERSION:tar.gz}),
 * which the build copies to {@code local-stack/target/keycloak-dist/} (see the pom). Found like the broker's jars
 * ({@code kafka/BrokerClasspath}): environment {@value #ENV} (the archive), the directory recorded in
 * {@code local-stack-build.properties}, then {@code ../keycloak-dist} next to this module's jar or classes.
 *
 * @param archive the {@code .tar.gz}
 * @param version e.g. {@code 26.7.3}
 */
public record KeycloakDistribution(Path archive, String version) {
    public static final String ENV = "PERF_REVIEW_KEYCLOAK_DIST";
    private static final String BUILD_PROPERTIES = "/local-stack-build.properties";

    public static KeycloakDistribution find() {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak.version", "");
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path archive = Path.of(env);
            String name = archive.getFileName().toString();
            return new KeycloakDistribution(archive, name.replaceFirst("^keycloak-quarkus-dist-", "").replaceFirst("\\.tar\\.gz$", ""));
        }
        if (version.isEmpty() || version.contains("${")) {
            throw new IllegalStateException("local-stack-build.properties names no Keycloak version: build local-stack with Maven");
        }
        String file = "keycloak-quarkus-dist-" + version + ".tar.gz";
        List<Path> tried = new ArrayList<>();
        for (Optional<Path> dir : List.of(Optional.ofNullable(build.getProperty("keycloak.dist.dir"))
                .filter(s -> !s.contains("${")).map(Path::of), besideCodeSource())) {
            if (dir.isPresent()) {
                Path archive = dir.get().resolve(file);
                tried.add(archive);
                if (Files.isRegularFile(archive)) {
                    return new KeycloakDistribution(archive.toAbsolutePath().normalize(), version);
                }
            }
        }
        throw new IllegalStateException("Keycloak distribution not found (tried " + tried + "). Build it with "
                + "'mvn -pl local-stack generate-resources' or point " + ENV + " at a keycloak-quarkus-dist tar.gz.");
    }

    private static Properties buildProperties() {
        Properties props = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // no recorded paths: only the environment and the code-source fallback remain
        }
        return props;
    }

    /** target/local-stack.jar or target/classes → target/keycloak-dist. */
    private static Optional<Path> besideCodeSource() {
        try {
            Path source = Path.of(KeycloakDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(source.getParent()).map(p -> p.resolve("keycloak-dist"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
