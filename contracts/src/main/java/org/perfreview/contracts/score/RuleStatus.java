package org.perfreview.contracts.score;

/** What a rule concluded about one table. DEFERRED never counts as passed. */
public enum RuleStatus { PASSED, FAILED, NOT_APPLICABLE, DEFERRED }
