package org.perfreview.localstack.kafka;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.Ports;
import org.perfreview.localstack.process.Sleep;

/**
 * A real one-node KRaft Kafka broker in a child JVM, started like the official distribution
 * ({@code kafka.tools.StorageTool format --standalone}, then {@code kafka.Kafka server.properties}).
 * Data and ports survive {@link #stop()}/{@link #kill()} + {@link #start()}, so fault tests can bring it back.
 *
 * <p>Layout under {@code dir}: {@code server.properties}, {@code log4j2.properties}, {@code data/} (log.dirs).
 */
public final class KafkaBroker implements Closeable {
    private static final List<String> HEAP = List.of("-Xms256m", "-Xmx256m");

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path logFile;
    private Duration startTimeout = Duration.ofSeconds(90);
    private Consumer<ProcessHandle> onStart = handle -> { };
    private volatile ChildProcess process;

    public KafkaBroker(Path dir, int port, int controllerPort, int partitions, Path logFile) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.logFile = logFile.toAbsolutePath().normalize();
    }

    /** Free ports, default partitions, log at {@code dir/kafka.log}. */
    public static KafkaBroker inDirectory(Path dir) {
        return new KafkaBroker(dir, Ports.free(), Ports.free(), StackTopics.DEFAULT_PARTITIONS, dir.resolve("kafka.log"));
    }

    public KafkaBroker startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** Called with the broker process after each start (the stack records pids). */
    public KafkaBroker onStart(Consumer<ProcessHandle> listener) {
        this.onStart = listener;
        return this;
    }

    /**
     * Formats the storage on first use, starts the broker and waits until it answers a describeCluster.
     * The wait holds no lock, so {@link #stop()} from another thread (Ctrl-C) ends a start that hangs.
     */
    public void start() throws IOException {
        ChildProcess started;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            Path serverProperties = dir.resolve("server.properties");
            Path log4j = dir.resolve("log4j2.properties");
            BrokerFiles.writeServerProperties(serverProperties,
                    BrokerFiles.serverProperties(dataDir(), port, controllerPort, partitions));
            BrokerFiles.writeLog4j2(log4j);
            if (!Files.exists(dataDir().resolve("meta.properties"))) {
                format(serverProperties, log4j);
            }
            awaitPortsFree(Duration.ofSeconds(30));
            List<String> command = javaCommand(log4j, HEAP, "kafka.Kafka");
            command.add(serverProperties.toString());
            started = ChildProcess.start("kafka", command, Map.of(), logFile);
            process = started;
            onStart.accept(started.handle());
        }
        awaitReady(started);
    }

    /** SIGTERM (controlled shutdown), SIGKILL after 60 s; then waits until both ports are released. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
            awaitPortsFree(Duration.ofSeconds(30));
        }
    }

    /** SIGKILL: a crash without controlled shutdown; {@link #start()} recovers the same data. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            awaitPortsFree(Duration.ofSeconds(30));
        }
    }

    public void restart() throws IOException {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        ChildProcess p = process;
        return p != null && p.isAlive();
    }

    public long pid() {
        ChildProcess p = process;
        return p == null ? -1 : p.pid();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logFile() {
        return logFile;
    }

    public Path dataDir() {
        return dir.resolve("data");
    }

    /** A new admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Creates the topics; ones that already exist are left as they are. */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("topic creation timed out on " + bootstrapServers(), e);
        }
    }

    /** The seven perf-review topics with this broker's partition count. */
    public void createStackTopics() {
        createTopics(StackTopics.all(partitions));
    }

    private void format(Path serverProperties, Path log4j) throws IOException {
        List<String> command = javaCommand(log4j, List.of("-Xmx128m"), "kafka.tools.StorageTool");
        command.addAll(List.of("format", "--config", serverProperties.toString(),
                "--cluster-id", Uuid.randomUuid().toString(), "--standalone"));
        ChildProcess tool = ChildProcess.start("kafka-storage-format", command, Map.of(), logFile);
        if (!ChildProcess.awaitExit(tool.handle(), Duration.ofSeconds(60)) || tool.exitCode() != 0) {
            tool.kill();
            throw new IOException("formatting Kafka storage failed (exit " + tool.exitCode() + "), see " + logFile
                    + ":\n" + ChildProcess.tail(logFile, 20));
        }
    }

    private List<String> javaCommand(Path log4j, List<String> heap, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(heap);
        command.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j, "-Dkafka.logs.dir=" + dir.resolve("logs"),
                "-cp", BrokerClasspath.classpathArgument(), mainClass));
        return command;
    }

    private void awaitReady(ChildProcess process) throws IOException {
        Instant deadline = Instant.now().plus(startTimeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitCode() + " during start, see "
                        + logFile + ":\n" + ChildProcess.tail(logFile, 30));
            }
            if (Ports.isListening(port) && answersDescribeCluster()) {
                return;
            }
            Sleep.millis(200);
        }
        process.kill();
        throw new IOException("Kafka broker not ready after " + startTimeout.toSeconds() + " s, see " + logFile);
    }

    private boolean answersDescribeCluster() {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void awaitPortsFree(Duration timeout) {
        if (!Ports.awaitClosed(port, timeout) || !Ports.awaitClosed(controllerPort, timeout)) {
            throw new IllegalStateException("ports " + port + "/" + controllerPort + " still in use");
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + dir + "]";
    }
}
