package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review batch (审核批次): fiscal year + region + stage + deadline + reference lists + rulebook version.
 * Published on {@code perf.batches} whenever it changes (payload of BatchUpdated).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Batch(
        @NotNull UUID id,
        int fiscalYear,
        @NotNull String region,
        @NotNull String stage,
        LocalDate deadline,
        String rulebookVersion,
        List<ControlEntry> controlList,
        List<StaffingEntry> staffingList) {
}
