package org.perfreview.localstack.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * Entry point behind {@code ./perf-review}: up, down, status, token, demo. Exit codes: 0 done, 1 failed,
 * 2 a usage mistake (unknown command or option, bad role), 3 from {@code status} when no stack runs.
 */
@Command(name = "perf-review", description = "PostgreSQL, Kafka and the three services as local processes, no Docker.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, TokenCommand.class, DemoCommand.class,
                HelpCommand.class})
public final class Main {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help.")
    boolean help;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args));
        if (code != UpCommand.STAY_RUNNING) {
            System.exit(code);
        }
    }

    static int run(List<String> args) {
        CommandLine cli = new CommandLine(new Main()).setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + e.getMessage());
            return e instanceof IllegalArgumentException ? ExitCode.USAGE : ExitCode.SOFTWARE;
        });
        if (args.isEmpty()) {
            cli.usage(System.out);
            return ExitCode.USAGE;
        }
        return cli.execute(args.toArray(String[]::new));
    }
}
