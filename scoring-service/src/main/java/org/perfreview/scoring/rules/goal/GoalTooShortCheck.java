package org.perfreview.scoring.rules.goal;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;

import java.util.Set;

/** Goal shorter than {@code minLength} characters: too little to say what the money achieves this year. */
public final class GoalTooShortCheck extends GoalTextCheck {

    @Override
    public String name() {
        return "goal.tooShort";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minLength");
    }

    @Override
    protected boolean violates(String goal, RuleContext ctx, RuleParams p) {
        return Texts.length(goal) < p.integer("minLength");
    }
}
