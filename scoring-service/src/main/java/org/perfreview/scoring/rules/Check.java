package org.perfreview.scoring.rules;

import org.perfreview.scoring.rulebook.RuleSpec;

import java.util.Set;

/**
 * The code half of a rule: one small, stateless piece of judgement. The data half (code, points,
 * thresholds, wording) is the {@link RuleSpec} from the rulebook, so one check can back several rules.
 */
public interface Check {

    /** The name rulebooks refer to, e.g. {@code goal.slogan}. */
    String name();

    /** Parameters the rulebook must give this check; the loader rejects a rule that lacks one. */
    default Set<String> requiredParams() {
        return Set.of();
    }

    /** Problems with this rule's parameter values (beyond presence), reported when the rulebook loads. */
    default java.util.List<String> paramProblems(org.perfreview.scoring.rulebook.RuleParams params) {
        return java.util.List.of();
    }

    /** How far beyond its table the check looks; the service re-scores other tables by it (see {@link Reach}). */
    default Reach reach() {
        return Reach.TABLE;
    }

    RuleResult evaluate(RuleContext ctx, RuleSpec spec);
}
