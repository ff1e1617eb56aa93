package org.perfreview.contracts.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.score.Severity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What reviewers made of a score card: the machine score it started from, every decision on its findings
 * (applied, carried over from an earlier version, or lapsed because the finding no longer stands), the round
 * outcomes of the table, and whether this version arrived after the table's 终审通过. Names no reviewer:
 * units read it. Part of a reviewed {@code ScoreCard}.
 *
 * @param unreviewedErrors ERROR findings in force that no reviewer has decided on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Review(
        BigDecimal machineTotal,
        String machineGrade,
        Map<String, BigDecimal> machineDimensions,
        int machineRun,
        List<Decision> decisions,
        List<RoundOutcome> rounds,
        boolean afterSignOff,
        int unreviewedErrors) {

    /** Decision actions. */
    public static final String CONFIRM = "CONFIRM";
    public static final String DISMISS = "DISMISS";
    public static final String ADJUST = "ADJUST";
    public static final String ADD = "ADD";

    /** Decision statuses on this card. */
    public static final String APPLIED = "APPLIED";
    public static final String CARRIED_OVER = "CARRIED_OVER";
    public static final String LAPSED = "LAPSED";

    /** Round outcomes. */
    public static final String PASSED = "通过";
    public static final String RETURNED = "退回修改";
    public static final String FINAL = "终审通过";

    /**
     * One reviewer decision as it bears on this card.
     *
     * @param findingKey    {@link FindingIdentity} key of the machine finding, or {@code manual-<id>} for an added one
     * @param machinePoints what the rule deducted (null for an added finding)
     * @param points        what counts after the decision (0 when dismissed)
     * @param decidedOn     the submission (version) the decision was made on
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(
            long id,
            String findingKey,
            String action,
            String status,
            String ruleCode,
            String title,
            String dimension,
            Severity severity,
            String indicator,
            BigDecimal machinePoints,
            BigDecimal points,
            String reason,
            UUID decidedOn,
            Instant decidedAt) {
    }

    /** A round's outcome for the table; {@code refileDeadline} only with 退回修改. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundOutcome(String round, String outcome, LocalDate refileDeadline, UUID submissionId, int version, Instant decidedAt) {
    }
}
