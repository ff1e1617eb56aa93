package org.perfreview.scoring.rules.goal;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;

import java.util.Set;

/**
 * Goal written as a report of work done ("扎实开展了…", "方便了市民出行"): copied from a work summary,
 * not a target for the coming year. {@code summaryPatterns} lists the past-tense forms.
 */
public final class GoalSummaryCheck extends GoalTextCheck {

    @Override
    public String name() {
        return "goal.summaryText";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("summaryPatterns");
    }

    @Override
    protected boolean violates(String goal, RuleContext ctx, RuleParams p) {
        return p.pattern("summaryPatterns").matcher(Texts.compact(goal)).find();
    }

    @Override
    protected String evidence(String goal, RuleParams p) {
        String text = Texts.compact(goal);
        java.util.regex.Matcher m = p.pattern("summaryPatterns").matcher(text);
        if (!m.find()) {
            return Texts.clip(goal, 80);
        }
        int from = Math.max(0, m.start() - 12);
        int to = Math.min(text.length(), m.end() + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
