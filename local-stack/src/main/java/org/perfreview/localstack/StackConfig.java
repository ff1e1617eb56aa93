package org.perfreview.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.perfreview.localstack.kafka.StackTopics;
import org.perfreview.localstack.service.ServiceSpec;

/**
 * How to run a {@link LocalStack}.
 *
 * @param workDir      logs, data, keys, pid file (default {@code ./out/.stack}); stack.json goes to its parent
 * @param services     what to launch after PostgreSQL and Kafka (default intake, scoring, report of the repo)
 * @param partitions   partitions of each perf-review topic
 * @param readyTimeout how long each service may take to answer /q/health/ready
 * @param keepData     reuse the previous run's databases, topics and ports instead of starting empty
 * @param shutdownHook stop everything when the JVM exits (Ctrl-C, SIGTERM)
 * @param replicas     instances of each service (the first keeps the service's own key in stack.json, the others
 *                     are {@code intake-2}, {@code intake-3} ...)
 * @param identity     also run the identity provider (Keycloak, realm perf-review); the services then verify tokens
 *                     with its issuer
 */
public record StackConfig(Path workDir, List<ServiceSpec> services, int partitions, Duration readyTimeout,
                          boolean keepData, boolean shutdownHook, int replicas, boolean identity) {

    public StackConfig {
        services = List.copyOf(services);
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, not " + replicas);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path workDir = StackLayout.DEFAULT_WORK_DIR;
        private List<ServiceSpec> services;
        private int partitions = StackTopics.DEFAULT_PARTITIONS;
        private Duration readyTimeout = Duration.ofSeconds(120);
        private boolean keepData;
        private boolean shutdownHook = true;
        private int replicas = 1;
        private boolean identity;

        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        public Builder services(List<ServiceSpec> specs) {
            this.services = specs;
            return this;
        }

        /** Only PostgreSQL, Kafka, topics and keys. */
        public Builder noServices() {
            return services(List.of());
        }

        public Builder partitions(int count) {
            this.partitions = count;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public Builder keepData(boolean keep) {
            this.keepData = keep;
            return this;
        }

        public Builder shutdownHook(boolean register) {
            this.shutdownHook = register;
            return this;
        }

        public Builder replicas(int count) {
            this.replicas = count;
            return this;
        }

        /** Start Keycloak with the realm perf-review too (off by default: the e2e tests sign their own tokens). */
        public Builder identity(boolean start) {
            this.identity = start;
            return this;
        }

        public StackConfig build() {
            List<ServiceSpec> specs = services != null ? services : ServiceSpec.defaults(RepoRoot.find());
            return new StackConfig(workDir, specs, partitions, readyTimeout, keepData, shutdownHook, replicas, identity);
        }
    }
}
