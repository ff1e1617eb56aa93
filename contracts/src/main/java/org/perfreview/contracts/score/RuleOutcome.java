package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule's verdict on one table; {@code reason} says why it was deferred or not applicable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleOutcome(String ruleCode, RuleStatus status, String reason) {
}
