package org.perfreview.localstack.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfreview.localstack.process.ChildServer;
import org.perfreview.localstack.process.HttpProbe;

/**
 * Keycloak in a child JVM ({@code start --optimized} of the cached, pre-built copy), HTTP on 127.0.0.1 with a fixed
 * hostname so the issuer never changes, health on its own management port, an H2 file database in {@code dir/h2}
 * and its other runtime files in {@code dir}. Ready when {@code /health/ready} answers 200, i.e. after bootstrap.
 */
public final class KeycloakServer extends ChildServer<KeycloakServer> {

    private final KeycloakCommand command;
    private final Path dir;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final List<String> jvmExtra;

    KeycloakServer(KeycloakCommand command, Path dir, int port, int managementPort, Map<String, String> environment,
                   List<String> jvmExtra, Path logFile) {
        super("keycloak", logFile, port, managementPort);
        this.command = command;
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.managementPort = managementPort;
        this.environment = Map.copyOf(environment);
        this.jvmExtra = List.copyOf(jvmExtra);
        readyTimeout(Duration.ofMinutes(5));
        stopGrace(Duration.ofSeconds(30));
    }

    @Override
    protected List<String> prepare() throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        List<String> jvm = new ArrayList<>(KeycloakCommand.runtimeDirs(dir));
        jvm.addAll(jvmExtra);
        return command.command(jvm, KeycloakCommand.startArgs(port, managementPort, databaseDir()));
    }

    @Override
    protected Map<String, String> environment() {
        return environment;
    }

    @Override
    public boolean isReady() {
        return HttpProbe.answers200(managementUrl() + "/health/ready");
    }

    @Override
    protected String readinessCheck() {
        return "GET " + managementUrl() + "/health/ready";
    }

    /** {@code http://127.0.0.1:PORT}: the front-end URL, also the issuer's prefix. */
    public String url() {
        return baseUrl(port);
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path databaseDir() {
        return dir.resolve("h2");
    }

    public static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + url() + ", " + dir + "]";
    }
}
