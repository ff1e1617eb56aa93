package org.perfreview.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything intake-service reads from {@code perf.intake.*} (application.properties documents each key). */
@ConfigMapping(prefix = "perf.intake")
public interface IntakeConfig {

    /** Larger uploads are refused with 413 before they are read (20 MiB by default). */
    @WithDefault("20971520")
    long maxUploadBytes();
}
