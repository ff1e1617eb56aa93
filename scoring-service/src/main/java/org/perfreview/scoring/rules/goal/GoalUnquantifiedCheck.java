package org.perfreview.scoring.rules.goal;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;

import java.util.Set;

/**
 * Goal with no quantity at all (no figure, date or counted output matching {@code quantityPattern} once
 * the numbering "目标1：" is removed): targets are to be "以定量表述为主".
 */
public final class GoalUnquantifiedCheck extends GoalTextCheck {

    @Override
    public String name() {
        return "goal.unquantified";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("quantityPattern", "numberingPattern", "minLength");
    }

    @Override
    protected boolean violates(String goal, RuleContext ctx, RuleParams p) {
        if (Texts.length(goal) < p.integer("minLength")) {
            return false;
        }
        String body = p.pattern("numberingPattern").matcher(Texts.compact(goal)).replaceAll("");
        return !p.pattern("quantityPattern").matcher(body).find();
    }
}
