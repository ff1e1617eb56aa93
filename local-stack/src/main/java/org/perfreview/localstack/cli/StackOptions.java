package org.perfreview.localstack.cli;

import java.time.Duration;
import org.perfreview.localstack.StackConfig;

/** The stack options {@code up} and {@code demo} share. */
final class StackOptions {
    private StackOptions() {
    }

    static StackConfig config(CliArgs args) {
        StackConfig.Builder builder = StackConfig.builder()
                .workDir(args.workDir())
                .keepData(args.flag("--keep-data"))
                .partitions(Integer.parseInt(args.option("--partitions", "3")))
                .readyTimeout(Duration.ofSeconds(Long.parseLong(args.option("--timeout", "120"))));
        if (args.flag("--no-services")) {
            builder.noServices();
        }
        return builder.build();
    }
}
