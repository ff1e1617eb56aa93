package org.perfreview.localstack.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A child process whose stdout and stderr go to a log file; stopped with SIGTERM, then SIGKILL. */
public final class ChildProcess {
    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the command with the extra environment, appending its output to logFile after a header line. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path logFile)
            throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Files.writeString(logFile, "==== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start(), logFile);
    }

    /** The java executable of the running JVM, so children use the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Exit code, or -1 while running. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** SIGTERM, wait up to grace, then SIGKILL. Returns true when the process ended on SIGTERM. */
    public boolean stop(Duration grace) {
        return terminate(process.toHandle(), grace);
    }

    /** SIGKILL at once (fault tests: a crash, no shutdown hooks). */
    public void kill() {
        process.destroyForcibly();
        awaitExit(process.toHandle(), Duration.ofSeconds(10));
    }

    /** SIGTERM, wait up to grace, then SIGKILL; works for any process, not only children. */
    public static boolean terminate(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        if (awaitExit(handle, grace)) {
            return true;
        }
        handle.destroyForcibly();
        awaitExit(handle, Duration.ofSeconds(10));
        return false;
    }

    public static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    /** The last lines of a log file, for error messages. */
    public static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    @Override
    public String toString() {
        return name + "[pid " + pid() + "]";
    }
}
