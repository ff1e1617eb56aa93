package org.perfreview.contracts.table;

import jakarta.validation.constraints.NotNull;

/**
 * A goal text. Kinds: OVERALL (整体绩效目标), LONG_TERM (中长期/总目标), ANNUAL (年度目标),
 * EXPECTED (预期目标) and ACTUAL (实际完成情况) on self-evaluations.
 */
public record Goal(@NotNull GoalKind kind, Text text) {

    public enum GoalKind { OVERALL, LONG_TERM, ANNUAL, EXPECTED, ACTUAL }
}
