package org.perfreview.localstack.service;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.Ports;
import org.perfreview.localstack.process.Sleep;

/**
 * One HTTP service in a child process (normally {@code java -Xmx256m -jar .../quarkus-run.jar}), output in a log
 * file, considered started once {@code GET /q/health/ready} answers 200. Port and environment stay the same across
 * {@link #stop()}/{@link #kill()} + {@link #start()}.
 */
public final class ServiceProcess implements Closeable {
    public static final String READY_PATH = "/q/health/ready";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path logFile;
    private Duration readyTimeout = Duration.ofSeconds(120);
    private Duration stopGrace = Duration.ofSeconds(30);
    private Consumer<ProcessHandle> onStart = handle -> { };
    private volatile ChildProcess process;

    /** Any command; QUARKUS_HTTP_PORT is added to its environment. */
    public ServiceProcess(String name, int port, List<String> command, Map<String, String> env, Path logFile) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        Map<String, String> withPort = new LinkedHashMap<>(env);
        withPort.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.env = Map.copyOf(withPort);
        this.logFile = logFile.toAbsolutePath().normalize();
    }

    /**
     * {@code java -Xmx256m -XX:+UseSerialGC -jar <jar>} for a Quarkus fast-jar ({@code target/quarkus-app/quarkus-run.jar}).
     * Serial GC: what the JVM picks itself in a container of under two CPUs; with a 256 MB heap on a shared 2-core
     * machine it costs less memory (no G1 remembered sets) and fewer GC threads than G1.
     */
    public static ServiceProcess quarkusApp(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": " + jar + " is missing; build it with "
                    + "'mvn -B -DskipTests install' (or './perf-review --build up').");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx256m",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", jar.toAbsolutePath().toString()));
        return new ServiceProcess(name, port, command, env, logFile);
    }

    public ServiceProcess readyTimeout(Duration timeout) {
        this.readyTimeout = timeout;
        return this;
    }

    public ServiceProcess stopGrace(Duration grace) {
        this.stopGrace = grace;
        return this;
    }

    /** Called with the process after each start (the stack records pids). */
    public ServiceProcess onStart(Consumer<ProcessHandle> listener) {
        this.onStart = listener;
        return this;
    }

    /**
     * Starts the process and waits for readiness; on failure the process is killed and the log is quoted.
     * The wait holds no lock, so {@link #stop()} from another thread (Ctrl-C) ends a start that hangs.
     */
    public void start() throws IOException {
        ChildProcess started;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            if (!Ports.awaitClosed(port, Duration.ofSeconds(30))) {
                throw new IOException(name + ": port " + port + " is still in use");
            }
            started = ChildProcess.start(name, command, env, logFile);
            process = started;
            onStart.accept(started.handle());
        }
        awaitReady(started);
    }

    /** SIGTERM (graceful Quarkus shutdown), SIGKILL after the grace period. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(stopGrace);
            Ports.awaitClosed(port, Duration.ofSeconds(10));
        }
    }

    /** SIGKILL: a crash, no shutdown hooks run (fault tests). */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            Ports.awaitClosed(port, Duration.ofSeconds(10));
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

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public Map<String, String> environment() {
        return env;
    }

    /** True when the readiness endpoint answers 200 right now. */
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + READY_PATH))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(ChildProcess process) throws IOException {
        Instant deadline = Instant.now().plus(readyTimeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitCode() + " before it was ready; log: "
                        + logFile + "\n" + ChildProcess.tail(logFile, 40));
            }
            if (isReady()) {
                return;
            }
            Sleep.millis(250);
        }
        process.kill();
        throw new IOException(name + " not ready (GET " + url() + READY_PATH + " != 200) after "
                + readyTimeout.toSeconds() + " s; log: " + logFile + "\n" + ChildProcess.tail(logFile, 40));
    }

    @Override
    public String toString() {
        return name + "[" + url() + "]";
    }
}
