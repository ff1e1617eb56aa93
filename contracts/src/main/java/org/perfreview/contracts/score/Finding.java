package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * One problem a rule found, in a reviewer's terms: the rule, the review standard (1-8) and the score
 * dimension it belongs to, severity, points deducted, where it is, the offending text and the fix.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        @NotNull String ruleCode,
        String title,
        @Min(1) @Max(8) int standard,
        @NotNull String dimension,
        @NotNull Severity severity,
        @NotNull @DecimalMin("0") BigDecimal points,
        FindingLocation location,
        String evidence,
        String fix) {
}
