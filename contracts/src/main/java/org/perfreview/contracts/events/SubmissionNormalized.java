package org.perfreview.contracts.events;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.table.NormalizedTable;

/** Payload of SubmissionNormalized on {@code perf.submissions.normalized}. */
public record SubmissionNormalized(SubmissionRef submission, NormalizedTable table) {
}
