package org.perfreview.scoring.rules;

import org.perfreview.contracts.score.RuleStatus;

import java.util.List;

/** What a check concluded: passed, failed with violations, not applicable or deferred (with the reason). */
public record RuleResult(RuleStatus status, List<Violation> violations, String reason) {

    private static final RuleResult PASSED = new RuleResult(RuleStatus.PASSED, List.of(), null);

    public RuleResult {
        violations = List.copyOf(violations);
    }

    public static RuleResult passed() {
        return PASSED;
    }

    /** Failed when there is at least one violation, passed otherwise. */
    public static RuleResult of(List<Violation> violations) {
        return violations.isEmpty() ? PASSED : new RuleResult(RuleStatus.FAILED, violations, null);
    }

    public static RuleResult failed(Violation violation) {
        return new RuleResult(RuleStatus.FAILED, List.of(violation), null);
    }

    public static RuleResult notApplicable(String reason) {
        return new RuleResult(RuleStatus.NOT_APPLICABLE, List.of(), reason);
    }

    /** The check cannot decide yet (no batch, no control list, project tables not in): never counts as passed. */
    public static RuleResult deferred(String reason) {
        return new RuleResult(RuleStatus.DEFERRED, List.of(), reason);
    }
}
