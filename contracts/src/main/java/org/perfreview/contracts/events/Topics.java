package org.perfreview.contracts.events;

import java.util.List;

/**
 * Dead-letter topics and Kafka header names. The topics events travel on belong to their contract
 * ({@link Events}: {@code Events.X.topic()}, all of them in {@link Events#topics()}).
 */
public final class Topics {
    private Topics() {
    }

    public static final String DLQ_SCORING = "perf.scoring.dlq";
    public static final String DLQ_REPORT = "perf.report.dlq";
    public static final String DLQ_INTAKE = "perf.intake.dlq";
    public static final List<String> DEAD_LETTERS = List.of(DLQ_SCORING, DLQ_REPORT, DLQ_INTAKE);

    /** Kafka header names carried beside the JSON value. */
    public static final String HEADER_EVENT_ID = "perf-event-id";
    public static final String HEADER_EVENT_TYPE = "perf-event-type";
    public static final String HEADER_SCHEMA_VERSION = "perf-schema-version";
}
