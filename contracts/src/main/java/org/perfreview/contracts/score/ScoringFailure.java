package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * A table scoring-service could not score for a reason no retry fixes (it went to the dead letters): payload of
 * SubmissionScoringFailed on {@code perf.submissions.scored}, so the submission's status says failed with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoringFailure(UUID submissionId, UUID batchId, String unitCode, String reason, Instant failedAt) {
}
