package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.review.Review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 审核情况表 of one submission: total (always the exact sum of the eight dimensions), grade and
 * the action it implies, every finding, and the outcome of every rule that did not pass plainly.
 * Payload of SubmissionScored on {@code perf.submissions.scored}.
 *
 * @param dimensions points per {@link Dimension#key()}, in sheet order
 * @param outcomes   outcomes other than PASSED (FAILED, NOT_APPLICABLE, DEFERRED)
 * @param facts      figures the reports need without re-reading the table (funds, counts)
 * @param provisionalDimensions dimensions whose points are not final: a rule of theirs could not run yet (deferred,
 *                   e.g. the project tables have not arrived) or no rule applies to this table kind, so their full
 *                   marks are an assumption, not a judgement
 * @param reviewed   the card is the machine score with reviewer decisions applied ({@code review} says which)
 * @param review     absent on a machine card; events of the previous schema version have neither field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreCard(
        @NotNull UUID submissionId,
        String unitCode,
        String unitName,
        @NotNull String rulebookVersion,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal total,
        @NotNull String grade,
        String action,
        @NotNull Map<String, BigDecimal> dimensions,
        @NotNull List<Finding> findings,
        List<RuleOutcome> outcomes,
        SubmissionRef submission,
        Map<String, BigDecimal> facts,
        Instant scoredAt,
        @Min(0) int scoringRun,
        boolean reviewed,
        Review review,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> provisionalDimensions) {

    public ScoreCard {
        provisionalDimensions = provisionalDimensions == null ? List.of() : List.copyOf(provisionalDimensions);
    }

    /** A machine card (not reviewed) with every dimension final; also events of schema versions before these fields. */
    public ScoreCard(UUID submissionId, String unitCode, String unitName, String rulebookVersion, BigDecimal total, String grade,
                     String action, Map<String, BigDecimal> dimensions, List<Finding> findings, List<RuleOutcome> outcomes,
                     SubmissionRef submission, Map<String, BigDecimal> facts, Instant scoredAt, int scoringRun) {
        this(submissionId, unitCode, unitName, rulebookVersion, total, grade, action, dimensions, findings, outcomes, submission,
                facts, scoredAt, scoringRun, false, null, List.of());
    }

    public List<String> deferredRules() {
        return outcomes == null ? List.of()
                : outcomes.stream().filter(o -> o.status() == RuleStatus.DEFERRED).map(RuleOutcome::ruleCode).toList();
    }
}
