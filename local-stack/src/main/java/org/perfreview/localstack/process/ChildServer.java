package org.perfreview.localstack.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lifecycle of a server in a child process (the Kafka broker, a service), written once. One process at a
 * time, started once its ports are free and announced to the {@code onStart} listener (the stack records pids),
 * then awaited until {@link #isReady()}; a process that dies or stays unready fails the start with its log quoted.
 * {@link #stop()} (SIGTERM, SIGKILL after the grace) and {@link #kill()} return once the ports are released.
 *
 * @param <S> the subclass, so the fluent setters return it
 */
public abstract class ChildServer<S extends ChildServer<S>> implements Server {
    private static final Duration PORT_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Path logFile;
    private final List<Integer> ports;
    private Duration readyTimeout = Duration.ofSeconds(120);
    private Duration stopGrace = Duration.ofSeconds(30);
    private Consumer<ProcessHandle> onStart = handle -> { };
    private volatile ChildProcess process;

    protected ChildServer(String name, Path logFile, int... ports) {
        this.name = name;
        this.logFile = logFile.toAbsolutePath().normalize();
        this.ports = Arrays.stream(ports).boxed().toList();
    }

    /** Runs under the start lock before each start: writes what the process needs and returns its command. */
    protected abstract List<String> prepare() throws IOException;

    /** Environment added to the process's own. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    /** True when the server answers right now. */
    public abstract boolean isReady();

    /** What {@link #isReady()} checks, for the message of a start that timed out. */
    protected abstract String readinessCheck();

    public final S readyTimeout(Duration timeout) {
        this.readyTimeout = timeout;
        return self();
    }

    public final S stopGrace(Duration grace) {
        this.stopGrace = grace;
        return self();
    }

    /** Called with the process after each start. */
    public final S onStart(Consumer<ProcessHandle> listener) {
        this.onStart = listener;
        return self();
    }

    /**
     * Starts the process and waits until it is ready; on failure the process is killed and its log quoted.
     * The wait holds no lock, so {@link #stop()} from another thread (Ctrl-C) ends a start that hangs.
     */
    @Override
    public void start() throws IOException {
        ChildProcess started;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            List<String> command = prepare();
            if (!portsReleased()) {
                throw new IOException(name + ": port(s) " + ports + " still in use");
            }
            started = ChildProcess.start(name, command, environment(), logFile);
            process = started;
            onStart.accept(started.handle());
        }
        awaitReady(started);
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(stopGrace);
            portsReleased();
        }
    }

    /** SIGKILL: no shutdown hooks run (fault tests). */
    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            portsReleased();
        }
    }

    @Override
    public boolean isRunning() {
        ChildProcess p = process;
        return p != null && p.isAlive();
    }

    /** The running process's pid, or -1. */
    public long pid() {
        ChildProcess p = process;
        return p == null ? -1 : p.pid();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    private boolean portsReleased() {
        boolean released = true;
        for (int port : ports) {
            released &= Ports.awaitClosed(port, PORT_WAIT);
        }
        return released;
    }

    private void awaitReady(ChildProcess started) throws IOException {
        Instant deadline = Instant.now().plus(readyTimeout);
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IOException(name + " exited with code " + started.exitCode() + " before it was ready; log: "
                        + logFile + "\n" + ChildProcess.tail(logFile, 40));
            }
            if (isReady()) {
                return;
            }
            Sleep.millis(250);
        }
        started.kill();
        throw new IOException(name + " not ready (" + readinessCheck() + ") after " + readyTimeout.toSeconds()
                + " s; log: " + logFile + "\n" + ChildProcess.tail(logFile, 40));
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}
