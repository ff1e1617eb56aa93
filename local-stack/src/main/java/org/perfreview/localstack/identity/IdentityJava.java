package org.perfreview.localstack.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK Keycloak runs on: Keycloak 26 needs Java 21 or newer while the stack itself runs on 17. Taken from
 * {@value #ENV} when set, else the newest JDK of at least {@value #MIN_FEATURE} under {@value #DEFAULT_ROOT}.
 *
 * @param home    the JDK's home (has {@code bin/java})
 * @param version its {@code JAVA_VERSION} from the {@code release} file, e.g. {@code 25.0.3}
 */
public record IdentityJava(Path home, String version) {
    public static final String ENV = "PERF_REVIEW_IDP_JAVA_HOME";
    public static final String DEFAULT_ROOT = "/usr/lib/jvm";
    public static final int MIN_FEATURE = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)\"?");

    /** From the process environment and {@value #DEFAULT_ROOT}. */
    public static IdentityJava find() {
        return find(System.getenv(), Path.of(DEFAULT_ROOT));
    }

    /** {@code env.get(ENV)} when set (it must be a JDK ≥ 21), else the newest such JDK directly under {@code root}. */
    public static IdentityJava find(Map<String, String> env, Path root) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            return of(Path.of(configured)).filter(j -> j.feature() >= MIN_FEATURE).orElseThrow(() -> new IllegalStateException(
                    ENV + "=" + configured + " is not a JDK " + MIN_FEATURE + " or newer (no bin/java with a release file"
                            + " naming JAVA_VERSION >= " + MIN_FEATURE + "); the identity provider (Keycloak) needs one"));
        }
        return candidates(root).stream().filter(j -> j.feature() >= MIN_FEATURE)
                .max(Comparator.comparingInt(IdentityJava::feature).thenComparing(IdentityJava::version))
                .orElseThrow(() -> new IllegalStateException("the identity provider (Keycloak) needs Java " + MIN_FEATURE
                        + " or newer: none found among " + describe(root) + " and " + ENV + " is not set; install one"
                        + " (e.g. apt-get install openjdk-21-jdk-headless) or set " + ENV + " to its home"));
    }

    /** The JDK at home, if it has {@code bin/java} and a {@code release} file naming its version. */
    public static Optional<IdentityJava> of(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release));
            return m.find() ? Optional.of(new IdentityJava(home.toAbsolutePath().normalize(), m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** 25 for {@code 25.0.3}, 8 for {@code 1.8.0_402}. */
    public int feature() {
        String[] parts = version.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    public Path java() {
        return home.resolve("bin/java");
    }

    private static List<IdentityJava> candidates(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(IdentityJava::of).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path root) {
        List<IdentityJava> found = candidates(root);
        return root + " (" + (found.isEmpty() ? "no JDK" : found.stream().map(j -> j.home().getFileName() + " = " + j.version())
                .reduce((a, b) -> a + ", " + b).orElse("")) + ")";
    }
}
