package org.perfreview.intake.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;
import java.util.UUID;

/** A submission as the API shows it; {@code problems} is the stored JSON list of positioned problems. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(UUID id, UUID batchId, String unitCode, String unitName, String tableKind, String tableKey,
                             int version, String status, String statusUrl, Instant receivedAt, String sheet,
                             @JsonRawValue String problems) {

    public static SubmissionView of(SubmissionEntity s) {
        return new SubmissionView(s.id, null, s.unitCode, s.unitName, s.tableKind, blank(s.tableKey), s.version, s.status,
                "/api/submissions/" + s.id, null, null, null);
    }

    public static SubmissionView detailed(SubmissionEntity s) {
        return new SubmissionView(s.id, s.batchId, s.unitCode, s.unitName, s.tableKind, blank(s.tableKey), s.version, s.status,
                "/api/submissions/" + s.id, s.receivedAt, s.sheet, s.problems);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
