package org.perfreview.scoring.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.Severity;

import java.math.BigDecimal;

/**
 * A reviewer's decision: {@code CONFIRM}, {@code DISMISS} (reason required) or {@code ADJUST} (points) on the
 * finding named by {@code finding} (its key), or {@code ADD} a manual finding (standard, dimension, points, text,
 * location, optional severity and fix).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRequest(
        String action,
        String finding,
        String reason,
        BigDecimal points,
        Integer standard,
        String dimension,
        Severity severity,
        String text,
        String fix,
        FindingLocation location) {
}
