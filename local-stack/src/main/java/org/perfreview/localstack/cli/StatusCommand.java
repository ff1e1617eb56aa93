package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.process.PidFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints stack.json when the stack's supervisor is alive; exit code 3 otherwise. */
@Command(name = "status", description = "Print stack.json of the running stack (exit code 3 when none runs).")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        StackLayout layout = common.layout();
        boolean alive = PidFile.liveSupervisor(layout.pidFile()).isPresent();
        if (alive && Files.exists(layout.stackJson())) {
            System.out.println(Files.readString(layout.stackJson()));
            return 0;
        }
        System.out.println(alive ? "local stack is starting" : "local stack is not running");
        return 3;
    }
}
