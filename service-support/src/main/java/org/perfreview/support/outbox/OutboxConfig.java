package org.perfreview.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Everything a service's outbox and relay read from {@code perf.outbox.*}. */
@ConfigMapping(prefix = "perf.outbox")
public interface OutboxConfig {

    /** Pending rows one relay transaction sends at most ({@link OutboxSender}). */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker's ack of each row before it leaves the rest pending. */
    @WithDefault("15000")
    long sendTimeoutMs();

    /** The relay's safety-net timer ({@link OutboxRelay}); a {@code @Scheduled} value such as {@code 1s}. */
    @WithDefault("1s")
    String pollInterval();

    /** How often the backlog gauges are read ({@link OutboxBacklog}); a {@code @Scheduled} value such as {@code 5s}. */
    @WithDefault("5s")
    String backlogInterval();

    /** The topics this service publishes to: documentation for operators, checked by deployment-tests. */
    Optional<List<String>> topics();
}
