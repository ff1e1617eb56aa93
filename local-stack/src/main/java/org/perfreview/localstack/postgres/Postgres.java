package org.perfreview.localstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.perfreview.localstack.process.ChildProcess;
import org.postgresql.Driver;
import org.perfreview.localstack.process.Ports;
import org.perfreview.localstack.process.Server;

/**
 * A real PostgreSQL server from zonky's embedded binaries (PostgreSQL 14 by default; as root zonky runs it under
 * {@code unshare -U}). The data directory and port are fixed at construction, so {@link #stop()} or {@link #kill()}
 * followed by {@link #start()} brings the same databases back on the same port.
 *
 * <p>Authentication is {@code trust} on loopback (zonky's initdb default): the superuser is {@value #SUPERUSER};
 * per-service roles created by {@link #createDatabase} get a password anyway so services configure it as in prod.
 */
public final class Postgres implements Server {
    public static final String SUPERUSER = "postgres";

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private final boolean attached;
    private Consumer<Long> onStart = pid -> { };
    private EmbeddedPostgres server;

    public Postgres(Path dataDir, int port, Path logFile) {
        this(dataDir, port, logFile, false);
    }

    private Postgres(Path dataDir, int port, Path logFile, boolean attached) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
        this.logFile = logFile.toAbsolutePath().normalize();
        this.attached = attached;
    }

    /** A handle on a server some other code started: connects and creates databases, cannot start or stop it. */
    public static Postgres attach(int port) {
        return new Postgres(Path.of("(attached)"), port, Path.of("(attached).log"), true);
    }

    /** Free port, log next to the data directory. */
    public static Postgres inDirectory(Path dir) {
        return new Postgres(dir.resolve("data"), Ports.free(), dir.resolve("postgres.log"));
    }

    /** Called with the postmaster pid after each start (the stack records pids). */
    public Postgres onStart(Consumer<Long> listener) {
        this.onStart = listener;
        return this;
    }

    /** initdb on first use, then pg_ctl start; returns once the server answers SELECT 1. */
    @Override
    public synchronized void start() throws IOException {
        if (attached) {
            throw new IllegalStateException("attached handle on port " + port + " cannot start a server");
        }
        if (server != null) {
            return;
        }
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(dataDir);
        if (!Ports.awaitClosed(port, Duration.ofSeconds(30))) {
            throw new IOException("port " + port + " is still in use; cannot start PostgreSQL");
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Restarts in fault tests must not lose committed rows: undo zonky's test-speed default.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("PostgreSQL did not start on port " + port + ", see " + logFile + ":\n"
                    + ChildProcess.tail(logFile, 20), e);
        }
        postmasterPid().ifPresent(onStart::accept);
    }

    /** Fast shutdown through pg_ctl (open sessions are disconnected). */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
        Ports.awaitClosed(port, Duration.ofSeconds(30));
    }

    /** SIGKILL to the postmaster: a crash; {@link #start()} then runs crash recovery on the same data. */
    @Override
    public synchronized void kill() {
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(handle -> {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            ChildProcess.awaitExit(handle, Duration.ofSeconds(10));
        });
        stop(); // releases zonky's lock; its pg_ctl stop fails quietly on the dead server
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/} — the stack.json form, without a database. */
    public String baseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return baseUrl() + database;
    }

    /**
     * A superuser connection to the database; the caller closes it. Uses the driver class directly: under
     * Quarkus' test class loaders DriverManager may refuse a driver registered by another loader.
     */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        return new Driver().connect(jdbcUrl(database), props);
    }

    /** Creates a login role and a database it owns, unless they exist. Returns the credentials to hand out. */
    public DatabaseCredentials createDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                s.execute("CREATE DATABASE " + database + " OWNER " + user + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return new DatabaseCredentials(jdbcUrl(database), user, password);
    }

    /** The postmaster pid from {@code postmaster.pid} (pg_ctl daemonizes it, so it is no child of this JVM). */
    public Optional<Long> postmasterPid() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Names go into DDL unquoted: allow only plain lower-case identifiers. */
    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }

    @Override
    public String toString() {
        return "Postgres[" + baseUrl() + ", " + dataDir + "]";
    }
}
