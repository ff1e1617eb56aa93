package org.perfreview.localstack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A service the stack launches: module name (also the log file name), the key it has in stack.json, its
 * fast-jar, the database it owns, and extra environment on top of what the stack gives every service.
 */
public record ServiceSpec(String name, String key, Path jar, String database, Map<String, String> extraEnv) {
    public static final List<String> DEFAULT_MODULES = List.of("intake-service", "scoring-service", "report-service");

    public ServiceSpec {
        extraEnv = Map.copyOf(extraEnv);
    }

    /** {@code scoring-service} → key and database {@code scoring}, jar under the module's target/quarkus-app. */
    public static ServiceSpec module(Path repoRoot, String module) {
        String key = module.endsWith("-service") ? module.substring(0, module.length() - "-service".length()) : module;
        Path jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        return new ServiceSpec(module, key, jar, key, Map.of());
    }

    /** intake, scoring and report under the repository root. */
    public static List<ServiceSpec> defaults(Path repoRoot) {
        return DEFAULT_MODULES.stream().map(m -> module(repoRoot, m)).toList();
    }

    public ServiceSpec withEnv(Map<String, String> env) {
        return new ServiceSpec(name, key, jar, database, env);
    }

    /** Role and password of the service's database; trust auth on loopback, the password is a formality. */
    public String databaseUser() {
        return database;
    }

    public String databasePassword() {
        return database + "-local";
    }
}
