package org.perfreview.contracts.score;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

/** A rule's verdict on one table; {@code reason} says why it was deferred or not applicable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleOutcome(@NotNull String ruleCode, @NotNull RuleStatus status, String reason) {
}
