package org.perfreview.intake.rest;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * TEST-ONLY: the files an upload puts on disk: the HTTP layer's copy of the multipart body (in the configured
 * uploads directory) and the reader's spool ({@code perf-upload-*} in {@code java.io.tmpdir}). Other processes on
 * the machine may use the same directories, so only files that appeared during the upload are judged, and they
 * only have to be gone shortly after the answer (Vert.x deletes its copy when the request ends).
 */
final class UploadTempFiles {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Path uploads = Path.of(ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.body.uploads-directory", String.class)
            .orElse(System.getProperty("java.io.tmpdir") + "/uploads"));
    private final Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

    Set<Path> now() {
        Set<Path> files = new HashSet<>(list(uploads, "")); // Vert.x names them by UUID alone
        files.addAll(list(tmp, "perf-upload-"));
        return files;
    }

    /** Fails unless every file that appeared since {@code before} is deleted within the grace period. */
    void assertNoneLeftSince(Set<Path> before) {
        Set<Path> created = new HashSet<>(now());
        created.removeAll(before);
        await("temporary files of the upload deleted: " + created).atMost(GRACE)
                .until(() -> created.stream().noneMatch(Files::exists));
    }

    Path uploadsDirectory() {
        return uploads;
    }

    private static Set<Path> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
