package org.perfreview.intake.rest;

import org.perfreview.intake.persistence.SubmissionEntity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A submission as the API shows it. {@code status} follows the table through the pipeline (rejected, read, scored,
 * failed, reviewed, signed; see {@link SubmissionEntity#pipelineStatus()}) with the score's total and grade once known;
 * {@code problems} is the stored JSON list of positioned problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(UUID submissionId, UUID batchId, UUID uploadId, String unitCode, String unitName, String tableKind,
                             String tableKey, int version, String status, BigDecimal total, String grade, String failure,
                             String statusUrl, Instant receivedAt, String sheet, @JsonRawValue String problems) {

    public static SubmissionView of(SubmissionEntity s) {
        return new SubmissionView(s.id, null, null, s.unitCode, s.unitName, s.tableKind, blank(s.tableKey), s.version,
                s.pipelineStatus(), s.scoreTotal, s.grade, s.failure, "/api/submissions/" + s.id, null, null, null);
    }

    public static SubmissionView detailed(SubmissionEntity s) {
        return new SubmissionView(s.id, s.batchId, s.uploadId, s.unitCode, s.unitName, s.tableKind, blank(s.tableKey), s.version,
                s.pipelineStatus(), s.scoreTotal, s.grade, s.failure, "/api/submissions/" + s.id, s.receivedAt, s.sheet, s.problems);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
