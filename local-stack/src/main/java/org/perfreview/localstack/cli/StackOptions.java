package org.perfreview.localstack.cli;

import java.time.Duration;
import org.perfreview.localstack.StackConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The stack options {@code up} and {@code demo} share. */
final class StackOptions {
    @Mixin
    CommonOptions common;

    @Option(names = "--keep-data", description = "Reuse the data and ports of the previous run.")
    boolean keepData;

    @Option(names = "--no-services", description = "Start PostgreSQL and Kafka only.")
    boolean noServices;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Instances of each service, on ports of their own (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long each service may take to get ready (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    StackConfig config() {
        StackConfig.Builder builder = StackConfig.builder()
                .workDir(common.workDir)
                .keepData(keepData)
                .partitions(partitions)
                .replicas(replicas)
                .readyTimeout(Duration.ofSeconds(timeoutSeconds));
        if (noServices) {
            builder.noServices();
        }
        return builder.build();
    }
}
