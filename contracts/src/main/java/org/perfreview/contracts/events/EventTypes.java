package org.perfreview.contracts.events;

/** Event type names and their current schema versions. */
public final class EventTypes {
    private EventTypes() {
    }

    public static final String BATCH_UPDATED = "BatchUpdated";
    public static final String SUBMISSION_NORMALIZED = "SubmissionNormalized";
    public static final String SUBMISSION_SCORED = "SubmissionScored";
    /** On perf.submissions.scored too: a table scoring could not score, for a reason no retry fixes. */
    public static final String SUBMISSION_SCORING_FAILED = "SubmissionScoringFailed";
    public static final String UNIT_REPORT_UPDATED = "UnitReportUpdated";
    public static final String CITY_REPORT_UPDATED = "CityReportUpdated";
    public static final String NOTICE_ISSUED = "NoticeIssued";

    /** Current schema version of every event type; consumers also accept {@code CURRENT_VERSION - 1}. */
    public static final int CURRENT_VERSION = 1;

    public static boolean isSupportedVersion(int version) {
        return version == CURRENT_VERSION || version == CURRENT_VERSION - 1 && version > 0;
    }
}
