package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One row of a staffing list: 在编人数 (authorised) and 实有人数 (actual). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffingEntry(String unitCode, String unitName, Integer authorized, Integer actual) {
}
