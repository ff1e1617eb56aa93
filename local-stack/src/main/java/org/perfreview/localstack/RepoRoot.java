package org.perfreview.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The perf-review checkout: the nearest directory upwards holding pom.xml and local-stack/. */
public final class RepoRoot {
    private RepoRoot() {
    }

    public static Path find() {
        return find(Path.of("").toAbsolutePath());
    }

    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        return start.toAbsolutePath().normalize();
    }
}
