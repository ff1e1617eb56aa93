package org.perfreview.localstack.cli;

import java.util.Arrays;
import java.util.List;

/** Entry point behind {@code ./perf-review}: up, down, status, token, demo. */
public final class Main {
    static final String USAGE = """
            usage: perf-review <command> [options]
              up     [--keep-data] [--no-services] [--partitions N] [--timeout SECONDS]
                     start PostgreSQL, Kafka and the services; stays in the foreground (the script detaches it)
              down   stop what 'up' started and wait until its ports are free
              status print stack.json of the running stack
              token  ROLE [UNIT_CODE,...] [--upn NAME] [--hours H]
                     print a JWT (ROLE = unit | reviewer | admin) signed with the running stack's key
              demo   [--keep-running] [--no-services] [ARGS...]
                     start the stack, run the demo flow, stop (or keep running until Ctrl-C)
            common: --work-dir DIR (default out/.stack; stack.json is written next to it)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args));
        if (code != UpCommand.STAY_RUNNING) {
            System.exit(code);
        }
    }

    static int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            System.out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            CliArgs rest = new CliArgs(args.subList(1, args.size()));
            return switch (args.get(0)) {
                case "up" -> new UpCommand(rest).run();
                case "down" -> new DownCommand(rest.workDir()).run();
                case "status" -> new StatusCommand(rest.workDir()).run();
                case "token" -> new TokenCommand(rest).run();
                case "demo" -> new DemoCommand(rest).run();
                default -> {
                    System.err.print("unknown command '" + args.get(0) + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
