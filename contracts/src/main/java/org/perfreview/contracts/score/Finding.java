package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * One problem a rule found, in a reviewer's terms: the rule, the review standard (1-8) and the score
 * dimension it belongs to, severity, points deducted, where it is, the offending text and the fix.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        String ruleCode,
        String title,
        int standard,
        String dimension,
        Severity severity,
        BigDecimal points,
        FindingLocation location,
        String evidence,
        String fix) {
}
