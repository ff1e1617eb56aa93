package org.perfreview.localstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds the directory holding the broker's jars (kafka_2.13, its runtime dependencies, a log4j2 SLF4J binding).
 * The build copies them to {@code local-stack/target/kafka-broker/lib}; the child JVM gets {@code <dir>/*}.
 *
 * <p>Looked up in this order: system property {@value #PROPERTY}, environment {@value #ENV}, the absolute path
 * recorded at build time in {@code local-stack-build.properties}, then {@code ../kafka-broker/lib} next to the jar
 * or classes directory this class was loaded from. This does not depend on {@code java.class.path}, so it works
 * under surefire's manifest-only booter jar, from {@code java -jar}, and from other modules' tests.
 */
public final class BrokerClasspath {
    public static final String PROPERTY = "perfreview.kafka.lib";
    public static final String ENV = "PERF_REVIEW_KAFKA_LIB";
    static final String BUILD_PROPERTIES = "/local-stack-build.properties";

    private BrokerClasspath() {
    }

    /** The lib directory, or a clear error saying how to create it. */
    public static Path libDir() {
        List<Path> tried = new ArrayList<>();
        for (Optional<Path> candidate : List.of(fromProperty(), fromEnv(), fromBuildProperties(), besideCodeSource())) {
            if (candidate.isPresent()) {
                tried.add(candidate.get());
                if (looksLikeBrokerLib(candidate.get())) {
                    return candidate.get().toAbsolutePath().normalize();
                }
            }
        }
        throw new IllegalStateException("Kafka broker jars not found (tried " + tried + "). Build them with "
                + "'mvn -pl local-stack package -DskipTests' or point -D" + PROPERTY + " / " + ENV
                + " at a directory holding kafka_2.13-*.jar and its dependencies.");
    }

    /** The {@code -cp} argument for the child JVM: the JVM expands {@code dir/*} itself. */
    public static String classpathArgument() {
        return libDir().resolve("*").toString();
    }

    static boolean looksLikeBrokerLib(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("kafka_2.13-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> fromProperty() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of);
    }

    private static Optional<Path> fromEnv() {
        return Optional.ofNullable(System.getenv(ENV)).filter(s -> !s.isBlank()).map(Path::of);
    }

    private static Optional<Path> fromBuildProperties() {
        try (InputStream in = BrokerClasspath.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties props = new Properties();
            props.load(in);
            return Optional.ofNullable(props.getProperty("broker.lib.dir")).filter(s -> !s.contains("${"))
                    .map(Path::of);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** target/local-stack.jar or target/classes → target/kafka-broker/lib. */
    private static Optional<Path> besideCodeSource() {
        try {
            Path source = Path.of(BrokerClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(source.getParent()).map(p -> p.resolve("kafka-broker").resolve("lib"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
