package org.perfreview.contracts.events;

/** Topic names and the event types published on them; README documents keys and schemas. */
public final class Topics {
    private Topics() {
    }

    /** Key: batch id. Batch settings and reference lists (control list, staffing list). */
    public static final String BATCHES = "perf.batches";
    /** Key: unit code. One normalized table per event. */
    public static final String SUBMISSIONS_NORMALIZED = "perf.submissions.normalized";
    /** Key: unit code. One score card per event. */
    public static final String SUBMISSIONS_SCORED = "perf.submissions.scored";
    /** Key: unit code. */
    public static final String REPORTS_UNIT = "perf.reports.unit";
    /** Key: batch id. */
    public static final String REPORTS_CITY = "perf.reports.city";
    /** Key: unit code. One 一次性告知书 (unit and review round) per event. */
    public static final String NOTICES = "perf.notices";

    public static final String DLQ_SCORING = "perf.scoring.dlq";
    public static final String DLQ_REPORT = "perf.report.dlq";
    public static final String DLQ_INTAKE = "perf.intake.dlq";

    /** Kafka header names carried beside the JSON value. */
    public static final String HEADER_EVENT_ID = "perf-event-id";
    public static final String HEADER_EVENT_TYPE = "perf-event-type";
    public static final String HEADER_SCHEMA_VERSION = "perf-schema-version";
}
