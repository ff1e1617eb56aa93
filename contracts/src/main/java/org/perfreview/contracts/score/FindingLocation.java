package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a finding points: file, sheet, 1-based row, column letter, and the indicator's name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingLocation(String file, String sheet, Integer row, String column, String indicator) {
}
