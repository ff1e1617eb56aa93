package org.perfreview.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Everything report-service reads from {@code perf.report.*} (application.properties documents each key). */
@ConfigMapping(prefix = "perf.report")
public interface ReportConfig {

    /** A batch's city report is published once no card has changed it for this long (service/CityReportPublisher.java). */
    @WithDefault("PT2S")
    Duration cityDebounce();

    Rebuild rebuild();

    interface Rebuild {
        /** The job poller's safety-net timer (service/RebuildJobs.java); a {@code @Scheduled} value such as {@code 2s}. */
        @WithDefault("2s")
        String pollInterval();
    }
}
