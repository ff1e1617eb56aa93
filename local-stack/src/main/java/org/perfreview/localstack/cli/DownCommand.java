package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.PidFile;
import org.perfreview.localstack.process.Ports;

/**
 * Stops what {@code up} started: SIGTERM to the supervisor (its shutdown hook stops the children), then any
 * process still listed in the pid file, then waits until the stack's ports are free.
 */
final class DownCommand {
    private final StackLayout layout;

    DownCommand(Path workDir) {
        this.layout = new StackLayout(workDir);
    }

    int run() throws IOException {
        List<PidFile.Entry> entries = PidFile.read(layout.pidFile());
        boolean wasRunning = entries.stream().anyMatch(e -> e.liveProcess().isPresent());
        entries.stream().filter(e -> e.role().equals(PidFile.SUPERVISOR))
                .flatMap(e -> e.liveProcess().stream())
                .forEach(supervisor -> ChildProcess.terminate(supervisor, Duration.ofSeconds(90)));
        PidFile.stopLeftovers(layout.pidFile(), Duration.ofSeconds(20));
        boolean portsFree = awaitPortsFree();
        Files.deleteIfExists(layout.stackJson());
        Files.deleteIfExists(layout.readyMarker());
        Files.deleteIfExists(layout.summary());
        System.out.println(wasRunning ? "local stack stopped" : "no local stack was running in " + layout.workDir());
        if (!portsFree) {
            System.err.println("warning: some ports of " + layout.portsFile() + " are still in use");
            return 1;
        }
        return 0;
    }

    private boolean awaitPortsFree() throws IOException {
        if (!Files.exists(layout.portsFile())) {
            return true;
        }
        Properties ports = new Properties();
        try (var in = Files.newBufferedReader(layout.portsFile())) {
            ports.load(in);
        }
        boolean free = true;
        for (String value : ports.stringPropertyNames().stream().map(ports::getProperty).toList()) {
            free &= Ports.awaitClosed(Integer.parseInt(value.trim()), Duration.ofSeconds(30));
        }
        return free;
    }
}
