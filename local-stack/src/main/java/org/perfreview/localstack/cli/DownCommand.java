package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.PidFile;
import org.perfreview.localstack.process.Ports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Stops what {@code up} started: SIGTERM to the supervisor (its shutdown hook stops the children), then any
 * process still listed in the pid file, then waits until the stack's ports are free.
 */
@Command(name = "down", description = "Stop what 'up' started and wait until its ports are free.")
final class DownCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        StackLayout layout = common.layout();
        List<PidFile.Entry> entries = PidFile.read(layout.pidFile());
        boolean wasRunning = entries.stream().anyMatch(e -> e.liveProcess().isPresent());
        PidFile.liveSupervisor(layout.pidFile())
                .ifPresent(supervisor -> ChildProcess.terminate(supervisor, Duration.ofSeconds(90)));
        PidFile.stopLeftovers(layout.pidFile(), Duration.ofSeconds(20));
        boolean portsFree = awaitPortsFree(layout);
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

    private static boolean awaitPortsFree(StackLayout layout) throws IOException {
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
