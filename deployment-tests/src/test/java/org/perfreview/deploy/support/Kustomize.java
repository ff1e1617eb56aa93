package org.perfreview.deploy.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with {@code kubectl kustomize} (kustomize is built into kubectl). Without kubectl
 * on the PATH the calling test is skipped, never passed: nothing is installed from here.
 */
public final class Kustomize {
    public static final String KUBECTL_MISSING =
            "kubectl is not on the PATH: rendered-overlay checks skipped (Debian: apt-get install kubectl)";
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The rendered documents of k8s/overlays/{name}; skips the test when kubectl is missing. */
    public static Manifests overlay(String name) {
        Optional<Path> kubectl = kubectl();
        assumeTrue(kubectl.isPresent(), KUBECTL_MISSING);
        return RENDERED.computeIfAbsent(name, n -> render(kubectl.get(), ProjectFiles.resolve("k8s/overlays/" + n)));
    }

    public static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Manifests render(Path kubectl, Path dir) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(stderr.toFile())
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 60 s");
            }
            String err = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + err);
            }
            return new Manifests("overlay " + dir.getFileName(), Yaml.documents(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
