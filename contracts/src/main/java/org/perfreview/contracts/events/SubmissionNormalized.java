package org.perfreview.contracts.events;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.table.NormalizedTable;

import jakarta.validation.constraints.NotNull;

/** Payload of SubmissionNormalized on {@code perf.submissions.normalized}. */
public record SubmissionNormalized(@NotNull SubmissionRef submission, @NotNull NormalizedTable table) {
}
