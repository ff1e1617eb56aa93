package org.perfreview.localstack.cli;

import java.nio.file.Path;
import org.perfreview.localstack.StackLayout;
import picocli.CommandLine.Option;

/** The options every command takes: {@code --help} and {@code --work-dir DIR}. */
final class CommonOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help.")
    boolean help;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "The stack's work directory (default: ${DEFAULT-VALUE}); stack.json is written next to it.")
    Path workDir = StackLayout.DEFAULT_WORK_DIR;

    StackLayout layout() {
        return new StackLayout(workDir);
    }
}
