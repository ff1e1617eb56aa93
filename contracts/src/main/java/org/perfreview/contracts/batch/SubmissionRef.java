package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.table.TableKind;

import java.time.Instant;
import java.util.UUID;

/**
 * Identity of one filed table: which batch, unit, kind and version, and when it arrived.
 * {@code tableKey} tells a unit's tables of one kind apart (the project name for project tables).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionRef(
        UUID submissionId,
        UUID batchId,
        String unitCode,
        String unitName,
        TableKind tableKind,
        String tableKey,
        int version,
        String checksum,
        String fileName,
        String sheet,
        Instant receivedAt) {
}
