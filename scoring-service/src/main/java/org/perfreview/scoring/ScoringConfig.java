package org.perfreview.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything scoring-service reads from {@code perf.scoring.*} (application.properties documents each key). */
@ConfigMapping(prefix = "perf.scoring")
public interface ScoringConfig {

    /** Rulebook version used when a batch names none. */
    String defaultRulebook();

    Rescore rescore();

    interface Rescore {
        /** Tables re-scored per transaction by a background batch re-scoring (service/RescoreJobs.java). */
        @WithDefault("50")
        int chunkSize();

        /** The job poller's safety-net timer (service/RescoreJobs.java); a {@code @Scheduled} value such as {@code 2s}. */
        @WithDefault("2s")
        String pollInterval();
    }
}
