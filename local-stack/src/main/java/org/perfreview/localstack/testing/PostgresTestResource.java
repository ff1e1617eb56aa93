package org.perfreview.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.postgres.DatabaseCredentials;
import org.perfreview.localstack.postgres.Postgres;
import org.perfreview.localstack.process.Ports;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: {@code @QuarkusTestResource(PostgresTestResource.class)}.
 * One server per test JVM (started on first use, stopped at JVM exit), a fresh empty database per Quarkus start,
 * plus JWT verification against the test-only public key ({@link Tokens#forTests()} signs matching tokens).
 *
 * <p>Quarkus may load this class in more than one class loader during a test run, so the shared server is found
 * through JVM-wide system properties rather than a static field.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    static final String PORT_PROPERTY = "perfreview.test.postgres.port";
    static final String KEY_PROPERTY = "perfreview.test.jwt.publickey";

    @Override
    public Map<String, String> start() {
        Postgres postgres = server();
        String name = "qt_" + ProcessHandle.current().pid() + "_" + nextDatabaseNumber();
        DatabaseCredentials db = postgres.createDatabase(name, name, name);
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password(),
                "mp.jwt.verify.publickey.location", publicKeyFile().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    /** The server outlives this Quarkus app: the next test class's app gets a new database on it. */
    @Override
    public void stop() {
        // nothing per app; the server stops with the JVM
    }

    /**
     * The shared server (e.g. to inspect a test's database with plain JDBC). A handle created in another class
     * loader than the one that started the server can create databases and connect, not stop it.
     */
    public static Postgres server() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port != null) {
                return Postgres.attach(Integer.parseInt(port));
            }
            try {
                Path dir = Files.createTempDirectory("perf-review-pg-");
                Postgres postgres = new Postgres(dir.resolve("data"), Ports.free(), dir.resolve("postgres.log"));
                postgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    postgres.stop();
                    deleteQuietly(dir);
                }, "postgres-test-resource-stop"));
                System.setProperty(PORT_PROPERTY, Integer.toString(postgres.port()));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL for tests", e);
            }
        }
    }

    /** The test public key as a file (SmallRye reads absolute paths from the file system first). */
    public static Path publicKeyFile() {
        synchronized (System.getProperties()) {
            String existing = System.getProperty(KEY_PROPERTY);
            if (existing != null && Files.exists(Path.of(existing))) {
                return Path.of(existing);
            }
            try {
                Path file = Files.createTempFile("perf-review-test-public-", ".pem");
                Files.writeString(file, PemKeys.classpathText(Tokens.TEST_PUBLIC_KEY_RESOURCE), StandardCharsets.US_ASCII);
                file.toFile().deleteOnExit();
                System.setProperty(KEY_PROPERTY, file.toString());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int nextDatabaseNumber() {
        synchronized (System.getProperties()) {
            int next = Integer.getInteger("perfreview.test.postgres.databases", 0) + 1;
            System.setProperty("perfreview.test.postgres.databases", Integer.toString(next));
            return next;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // temp dir; the OS cleans it eventually
        }
    }
}
