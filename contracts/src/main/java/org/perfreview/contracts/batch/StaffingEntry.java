package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

/** One row of a staffing list: 在编人数 (authorised) and 实有人数 (actual). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffingEntry(String unitCode, @NotNull String unitName, Integer authorized, Integer actual) {
}
