package org.perfreview.localstack.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.ChildServer;
import org.perfreview.localstack.process.Ports;

/**
 * A real one-node KRaft Kafka broker in a child JVM, started like the official distribution
 * ({@code kafka.tools.StorageTool format --standalone}, then {@code kafka.Kafka server.properties}).
 * Data and ports survive {@link #stop()}/{@link #kill()} + {@link #start()}, so fault tests can bring it back;
 * the lifecycle itself is {@link ChildServer}'s.
 *
 * <p>Layout under {@code dir}: {@code server.properties}, {@code log4j2.properties}, {@code data/} (log.dirs).
 */
public final class KafkaBroker extends ChildServer<KafkaBroker> {
    private static final List<String> HEAP = List.of("-Xms256m", "-Xmx256m");

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final int partitions;

    public KafkaBroker(Path dir, int port, int controllerPort, int partitions, Path logFile) {
        super("kafka", logFile, port, controllerPort);
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        readyTimeout(Duration.ofSeconds(90));
        stopGrace(Duration.ofSeconds(60)); // controlled shutdown
    }

    /** Free ports, default partitions, log at {@code dir/kafka.log}. */
    public static KafkaBroker inDirectory(Path dir) {
        return new KafkaBroker(dir, Ports.free(), Ports.free(), StackTopics.DEFAULT_PARTITIONS, dir.resolve("kafka.log"));
    }

    /** Writes the configuration and formats the storage on first use; the broker then starts on it. */
    @Override
    protected List<String> prepare() throws IOException {
        Path serverProperties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.properties");
        BrokerFiles.writeServerProperties(serverProperties,
                BrokerFiles.serverProperties(dataDir(), port, controllerPort, partitions));
        BrokerFiles.writeLog4j2(log4j);
        if (!Files.exists(dataDir().resolve("meta.properties"))) {
            format(serverProperties, log4j);
        }
        List<String> command = javaCommand(log4j, HEAP, "kafka.Kafka");
        command.add(serverProperties.toString());
        return command;
    }

    /** The broker listens and answers a describeCluster. */
    @Override
    public boolean isReady() {
        if (!Ports.isListening(port)) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    protected String readinessCheck() {
        return "describeCluster on " + bootstrapServers();
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
        ChildProcess tool = ChildProcess.start("kafka-storage-format", command, Map.of(), logFile());
        if (!ChildProcess.awaitExit(tool.handle(), Duration.ofSeconds(60)) || tool.exitCode() != 0) {
            tool.kill();
            throw new IOException("formatting Kafka storage failed (exit " + tool.exitCode() + "), see " + logFile()
                    + ":\n" + ChildProcess.tail(logFile(), 20));
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

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + dir + "]";
    }
}
