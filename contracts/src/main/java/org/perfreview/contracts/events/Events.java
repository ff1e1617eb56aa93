package org.perfreview.contracts.events;

import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.ScoringFailure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every event perf-review publishes, once: producers call {@code Outbox.publish(Events.X, ...)}, consumers
 * {@code super(CHANNEL, Events.X)}; {@link Schemas#PAYLOAD_BY_EVENT}, the generated schemas and the compatibility
 * tests are derived from {@link #ALL}. Changing a payload record: see README "Changing an event".
 */
public final class Events {
    private Events() {
    }

    /**
     * Schema version of every event today. Raise it when a payload changes in a way a reader of the previous version
     * would notice; consumers keep reading the previous one ({@link EventContract#reads}).
     */
    public static final int CURRENT_VERSION = 1;

    private static final String SCORED_TOPIC = "perf.submissions.scored";

    /** Batch settings and reference lists (control list, staffing list). */
    public static final EventContract<Batch> BATCH_UPDATED = new EventContract<>("BatchUpdated", "perf.batches",
            Key.batchId(Batch::id), Batch.class, Schemas.BATCH, CURRENT_VERSION);
    /** One normalized table. */
    public static final EventContract<SubmissionNormalized> SUBMISSION_NORMALIZED = new EventContract<>("SubmissionNormalized",
            "perf.submissions.normalized", Key.unitCode(e -> e.submission().unitCode()), SubmissionNormalized.class,
            Schemas.SUBMISSION_NORMALIZED, CURRENT_VERSION);
    /** One score card (machine or reviewed). */
    public static final EventContract<ScoreCard> SUBMISSION_SCORED = new EventContract<>("SubmissionScored", SCORED_TOPIC,
            Key.unitCode(ScoreCard::unitCode), ScoreCard.class, Schemas.SCORE_CARD, CURRENT_VERSION);
    /**
     * A table scoring could not score, for a reason no retry fixes; beside the cards so it keeps their order.
     * A table that never got a unit code is keyed by its batch.
     */
    public static final EventContract<ScoringFailure> SUBMISSION_SCORING_FAILED = new EventContract<>("SubmissionScoringFailed",
            SCORED_TOPIC, Key.unitCode(f -> f.unitCode() != null ? f.unitCode() : String.valueOf(f.batchId())),
            ScoringFailure.class, Schemas.SCORING_FAILURE, CURRENT_VERSION);
    public static final EventContract<UnitReport> UNIT_REPORT_UPDATED = new EventContract<>("UnitReportUpdated", "perf.reports.unit",
            Key.unitCode(UnitReport::unitCode), UnitReport.class, Schemas.UNIT_REPORT, CURRENT_VERSION);
    public static final EventContract<CityReport> CITY_REPORT_UPDATED = new EventContract<>("CityReportUpdated", "perf.reports.city",
            Key.batchId(CityReport::batchId), CityReport.class, Schemas.CITY_REPORT, CURRENT_VERSION);
    /** One 一次性告知书 (unit and review round). */
    public static final EventContract<Notice> NOTICE_ISSUED = new EventContract<>("NoticeIssued", "perf.notices",
            Key.unitCode(Notice::unitCode), Notice.class, Schemas.NOTICE, CURRENT_VERSION);

    public static final List<EventContract<?>> ALL = List.of(BATCH_UPDATED, SUBMISSION_NORMALIZED, SUBMISSION_SCORED,
            SUBMISSION_SCORING_FAILED, UNIT_REPORT_UPDATED, CITY_REPORT_UPDATED, NOTICE_ISSUED);

    /** The topics events travel on, in {@link #ALL}'s order (dead-letter topics are in {@link Topics}). */
    public static Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        ALL.forEach(e -> topics.add(e.topic()));
        return topics;
    }
}
