package org.perfreview.localstack;

import java.nio.file.Path;

/**
 * Files of one stack under its work dir (default {@code ./out/.stack}); {@code stack.json} sits one level up
 * ({@code out/stack.json}) where scripts and tests look for it.
 */
public record StackLayout(Path workDir) {
    public static final Path DEFAULT_WORK_DIR = Path.of("out", ".stack");

    public StackLayout {
        workDir = workDir.toAbsolutePath().normalize();
    }

    public Path stackJson() {
        return workDir.getParent().resolve("stack.json");
    }

    /** Created after stack.json once everything is ready; the shell script waits for it. */
    public Path readyMarker() {
        return workDir.resolve("ready");
    }

    /** What {@code up} prints (URLs, tokens); the script shows it after detaching. */
    public Path summary() {
        return workDir.resolve("summary.txt");
    }

    public Path pidFile() {
        return workDir.resolve("pids");
    }

    public Path portsFile() {
        return workDir.resolve("ports.properties");
    }

    public Path logs() {
        return workDir.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path jwtDir() {
        return workDir.resolve("jwt");
    }

    /** Keycloak's database and runtime files (the server itself is cached outside the work dir). */
    public Path keycloakDir() {
        return workDir.resolve("keycloak");
    }

    public Path kafkaDir() {
        return workDir.resolve("kafka");
    }

    public Path postgresData() {
        return workDir.resolve("postgres").resolve("data");
    }
}
