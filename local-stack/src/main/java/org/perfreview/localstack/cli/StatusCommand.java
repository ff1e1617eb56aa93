package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.process.PidFile;

/** Prints stack.json when the stack's supervisor is alive; exit code 3 otherwise. */
final class StatusCommand {
    private final StackLayout layout;

    StatusCommand(Path workDir) {
        this.layout = new StackLayout(workDir);
    }

    int run() throws IOException {
        boolean alive = PidFile.read(layout.pidFile()).stream()
                .anyMatch(e -> e.role().equals(PidFile.SUPERVISOR) && e.liveProcess().isPresent());
        if (alive && Files.exists(layout.stackJson())) {
            System.out.println(Files.readString(layout.stackJson()));
            return 0;
        }
        System.out.println(alive ? "local stack is starting" : "local stack is not running");
        return 3;
    }
}
