package org.perfreview.support.housekeeping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Everything {@link Housekeeping} reads from {@code perf.housekeeping.*} (docs/architecture.md, "Housekeeping"). */
@ConfigMapping(prefix = "perf.housekeeping")
public interface HousekeepingConfig {

    /** How often housekeeping runs; a {@code @Scheduled} value such as {@code 1h}. */
    @WithDefault("1h")
    String interval();

    /** Published outbox rows older than this are deleted. */
    @WithDefault("P7D")
    Duration outboxRetention();

    /** Processed-event ids older than this are deleted; must outlast every consumed topic's retention. */
    @WithDefault("P366D")
    Duration processedRetention();
}
