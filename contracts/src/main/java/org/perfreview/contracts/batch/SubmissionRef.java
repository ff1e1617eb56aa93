package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.table.TableKind;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * Identity of one filed table: which batch, unit, kind and version, and when it arrived.
 * {@code tableKey} tells a unit's tables of one kind apart (the project name for project tables).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionRef(
        @NotNull UUID submissionId,
        @NotNull UUID batchId,
        String unitCode,
        String unitName,
        @NotNull TableKind tableKind,
        String tableKey,
        @Min(1) int version,
        String checksum,
        String fileName,
        String sheet,
        Instant receivedAt) {
}
