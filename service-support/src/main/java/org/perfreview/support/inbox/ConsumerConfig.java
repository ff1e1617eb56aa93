package org.perfreview.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Everything the idempotent consumers read from {@code perf.consumer.*}. */
@ConfigMapping(prefix = "perf.consumer")
public interface ConsumerConfig {

    /** Attempts at a record that keeps failing (not transiently) before it goes to the dead letters ({@link Inbox}). */
    @WithDefault("3")
    int maxAttempts();

    /** Retries of a record while the database is away (1 s apart, growing to 5 s) before it counts as a failed attempt. */
    @WithDefault("600")
    int transientRetryLimit();

    /** How long a stopping service waits for the records in hand to commit ({@link ConsumerGate}). */
    @WithDefault("PT10S")
    Duration drainTimeout();
}
