package org.perfreview.localstack.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.perfreview.localstack.WorkDirs;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One prepared Keycloak per distribution version and JDK, shared by every stack on the machine (default
 * {@code ~/.cache/perf-review}, or {@value #ENV}): the archive unpacked, {@code build} run once with the options every
 * stack uses (so stacks {@code start --optimized}), and a seed H2 database made by one first start (schema and master
 * realm with a bootstrap admin), which each stack copies instead of creating both again. On JDK 25 that first start
 * also records an AOT cache of the classes Keycloak loads, which more than halves later starts. Preparing takes a few
 * minutes once; a file lock keeps two stacks from doing it at the same time.
 */
public final class KeycloakCache {
    public static final String ENV = "PERF_REVIEW_CACHE";
    private static final Logger LOG = LoggerFactory.getLogger(KeycloakCache.class);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

    /**
     * A ready copy.
     *
     * @param command       how to run it (with the AOT cache when there is one)
     * @param seedDatabase  the H2 directory to copy into a new stack
     * @param adminUser     the master realm's admin, demo-only, in {@code admin.properties} of the cache
     * @param adminPassword its password (random per cache)
     */
    public record Prepared(KeycloakCommand command, Path seedDatabase, String adminUser, String adminPassword) {
    }

    private final Path dir;
    private final KeycloakDistribution distribution;
    private final IdentityJava java;

    public KeycloakCache(Path root, KeycloakDistribution distribution, IdentityJava java) {
        this.dir = root.toAbsolutePath().normalize().resolve("keycloak-" + distribution.version() + "-java" + java.version());
        this.distribution = distribution;
        this.java = java;
    }

    /** {@value #ENV} or {@code ~/.cache/perf-review}. */
    public static Path defaultRoot() {
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "perf-review");
    }

    public Path dir() {
        return dir;
    }

    /**
     * The prepared copy, preparing it first when no complete one exists.
     *
     * @param onStart told of each process preparing starts (the stack lists them in its pid file)
     */
    public Prepared prepare(Consumer<ProcessHandle> onStart) throws IOException {
        Files.createDirectories(dir.getParent());
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            if (!Files.exists(marker())) {
                Instant begin = Instant.now();
                LOG.info("preparing Keycloak {} for Java {} in {} (once; a few minutes)", distribution.version(),
                        java.version(), dir);
                prepareFresh(onStart);
                LOG.info("Keycloak prepared in {} s", Duration.between(begin, Instant.now()).toSeconds());
            }
            return loaded();
        }
    }

    private void prepareFresh(Consumer<ProcessHandle> onStart) throws IOException {
        WorkDirs.deleteRecursively(dir);
        Files.createDirectories(home());
        run("unpack", List.of("tar", "-xzf", distribution.archive().toString(), "-C", home().toString(),
                "--strip-components=1"), onStart);
        KeycloakCommand plain = new KeycloakCommand(java, home(), null);
        Path buildRun = dir.resolve("build-run");
        Files.createDirectories(buildRun.resolve("tmp"));
        run("build", plain.command(KeycloakCommand.runtimeDirs(buildRun), KeycloakCommand.buildArgs()), onStart);
        WorkDirs.deleteRecursively(buildRun);
        String password = randomHex(12);
        seed(plain, password, onStart);
        Properties admin = new Properties();
        admin.setProperty("username", "perf-review-admin");
        admin.setProperty("password", password);
        try (Writer out = Files.newBufferedWriter(dir.resolve("admin.properties"))) {
            admin.store(out, "master realm admin of the local stack's Keycloak (demo only, loopback only)");
        }
        Files.writeString(marker(), Instant.now() + "\n");
    }

    /** First start on an empty database: schema, master realm, bootstrap admin; the AOT cache is written on exit. */
    private void seed(KeycloakCommand plain, String password, Consumer<ProcessHandle> onStart) throws IOException {
        Path run = dir.resolve("seed-run");
        List<String> jvm = new ArrayList<>();
        if (plain.aotSupported()) {
            jvm.add("-XX:AOTCacheOutput=" + aotFile());
        }
        KeycloakServer server = new KeycloakServer(plain, run, Ports.free(), Ports.free(),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "perf-review-admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", password),
                jvm, log()).readyTimeout(STEP_TIMEOUT).stopGrace(STEP_TIMEOUT).onStart(onStart);
        try {
            server.start();
            KeycloakAdmin.login(server.url(), "perf-review-admin", password); // trains the sign-in path too
        } finally {
            server.stop();
        }
        Files.move(server.databaseDir(), seedDatabase());
        WorkDirs.deleteRecursively(run);
    }

    private Prepared loaded() throws IOException {
        Properties admin = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("admin.properties"))) {
            admin.load(in);
        }
        Path aot = Files.isRegularFile(aotFile()) ? aotFile() : null;
        return new Prepared(new KeycloakCommand(java, home(), aot), seedDatabase(), admin.getProperty("username"),
                admin.getProperty("password"));
    }

    private void run(String step, List<String> command, Consumer<ProcessHandle> onStart) throws IOException {
        ChildProcess process = ChildProcess.start("keycloak-" + step, command, Map.of(), log());
        onStart.accept(process.handle());
        if (!ChildProcess.awaitExit(process.handle(), STEP_TIMEOUT) || process.exitCode() != 0) {
            process.kill();
            throw new IOException("Keycloak " + step + " failed (exit " + process.exitCode() + "), see " + log() + ":\n"
                    + ChildProcess.tail(log(), 30));
        }
    }

    private Path home() {
        return dir.resolve("dist");
    }

    private Path seedDatabase() {
        return dir.resolve("seed-h2");
    }

    private Path aotFile() {
        return dir.resolve("keycloak.aot");
    }

    private Path marker() {
        return dir.resolve("prepared");
    }

    private Path log() {
        return dir.getParent().resolve(dir.getFileName() + "-prepare.log");
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
