package org.perfreview.bench.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Inputs the benchmarks read from the repository (CI has only the clone): the sample workbooks and reference
 * lists under {@code samples/}. The root is {@code -Dperf.repo.root}, else the first directory at or above the
 * working directory that holds {@code samples/overall-targets} (repo root for ./benchmark, benchmarks/ for tests).
 */
public final class RepoFiles {

    private static final String OVERALL_TARGETS = "samples/overall-targets";

    private RepoFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("perf.repo.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(OVERALL_TARGETS))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + OVERALL_TARGETS + " at or above " + Path.of("").toAbsolutePath()
                + ": run from the repository root or pass -Dperf.repo.root=...");
    }

    /** The 79 overall-target workbooks of the sample batch, in name order. */
    public static List<Path> overallTargets() {
        try (var files = Files.list(root().resolve(OVERALL_TARGETS))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path referenceList(String fileName) {
        return root().resolve("samples/reference-lists").resolve(fileName);
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
