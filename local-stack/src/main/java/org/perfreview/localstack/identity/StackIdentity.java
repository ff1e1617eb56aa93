package org.perfreview.localstack.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.perfreview.localstack.WorkDirs;
import org.perfreview.localstack.process.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's identity provider: Keycloak from the prepared cache ({@link KeycloakCache}) on a database copied from its
 * seed, then the realm {@code perf-review} imported with a fresh portal client secret and the stack's signing key.
 * The issuer depends only on the port, so the services can be configured before Keycloak is up.
 */
public final class StackIdentity implements Server {
    private static final Logger LOG = LoggerFactory.getLogger(StackIdentity.class);

    private final Path dir;
    private final int port;
    private final int managementPort;
    private final Path privateKeyPem;
    private final boolean keepData;
    private final Path logFile;
    private Consumer<ProcessHandle> onStart = handle -> { };
    private volatile KeycloakServer server;
    private volatile IdentityInfo info;
    private volatile boolean stopped;

    /**
     * @param dir           the stack's Keycloak directory (database, temporary files)
     * @param privateKeyPem the stack's signing key, {@code jwt/private.pem}
     * @param keepData      reuse the database of the previous run (the realm is imported again all the same)
     */
    public StackIdentity(Path dir, int port, int managementPort, Path privateKeyPem, boolean keepData, Path logFile) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.managementPort = managementPort;
        this.privateKeyPem = privateKeyPem;
        this.keepData = keepData;
        this.logFile = logFile;
    }

    /** The realm URL a Keycloak on this port issues tokens as. */
    public static String issuer(int port) {
        return KeycloakServer.baseUrl(port) + "/realms/" + RealmTemplate.load().realm();
    }

    public StackIdentity onStart(Consumer<ProcessHandle> listener) {
        this.onStart = listener;
        return this;
    }

    /**
     * Prepares the cache if needed, starts Keycloak, imports the realm. A {@link #stop()} from another thread (the
     * stack closing while this runs in the background) makes it stop what it started and fail.
     */
    @Override
    public synchronized void start() throws IOException {
        stopped = false;
        if (server != null) {
            server.start();
            return;
        }
        Instant begin = Instant.now();
        KeycloakCache.Prepared prepared = new KeycloakCache(KeycloakCache.defaultRoot(), KeycloakDistribution.find(),
                IdentityJava.find()).prepare(onStart);
        ensureNotStopped();
        Path database = dir.resolve("h2");
        if (!keepData || !Files.isDirectory(database)) {
            WorkDirs.deleteRecursively(dir);
            Files.createDirectories(dir);
            copyDirectory(prepared.seedDatabase(), database);
        }
        server = new KeycloakServer(prepared.command(), dir, port, managementPort, Map.of(), List.of(), logFile).onStart(onStart);
        server.start();
        ensureNotStopped();
        Instant up = Instant.now();
        RealmTemplate template = RealmTemplate.load();
        String secret = KeycloakCache.randomHex(24);
        KeycloakAdmin.login(server.url(), prepared.adminUser(), prepared.adminPassword())
                .replaceRealm(template.render(secret, Files.readString(privateKeyPem, StandardCharsets.US_ASCII)));
        info = new IdentityInfo(server.url(), issuer(port), template.portalClientId(), secret, template.roles(),
                template.users(), prepared.seedDatabase().resolveSibling("admin.properties").toString());
        LOG.info("Keycloak {} ready in {} ms (server {} ms, realm import {} ms)", info.issuer(),
                Duration.between(begin, Instant.now()).toMillis(), Duration.between(begin, up).toMillis(),
                Duration.between(up, Instant.now()).toMillis());
    }

    public IdentityInfo info() {
        if (info == null) {
            throw new IllegalStateException("identity provider not started");
        }
        return info;
    }

    public KeycloakServer server() {
        return server;
    }

    @Override
    public void stop() {
        stopped = true;
        KeycloakServer s = server;
        if (s != null) {
            s.stop();
        }
    }

    @Override
    public void kill() {
        KeycloakServer s = server;
        if (s != null) {
            s.kill();
        }
    }

    @Override
    public boolean isRunning() {
        KeycloakServer s = server;
        return s != null && s.isRunning();
    }

    private void ensureNotStopped() throws IOException {
        if (stopped) {
            stop();
            throw new IOException("identity provider stopped while starting");
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
