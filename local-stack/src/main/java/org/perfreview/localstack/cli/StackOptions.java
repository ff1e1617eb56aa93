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

    @Option(names = "--identity", negatable = true,
            description = "Run the identity provider (Keycloak, realm perf-review) too; default: on for up and "
                    + "demo --keep-running, off for a plain demo.")
    Boolean identity;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long each service may take to get ready (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** The config, with the identity provider on unless the command line said otherwise. */
    StackConfig config(boolean identityByDefault) {
        StackConfig.Builder builder = builder().identity(identity != null ? identity : identityByDefault);
        if (noServices) {
            builder.noServices();
        }
        return builder.build();
    }

    StackConfig config() {
        return config(false);
    }

    private StackConfig.Builder builder() {
        return StackConfig.builder()
                .workDir(common.workDir)
                .keepData(keepData)
                .partitions(partitions)
                .replicas(replicas)
                .readyTimeout(Duration.ofSeconds(timeoutSeconds));
    }
}
