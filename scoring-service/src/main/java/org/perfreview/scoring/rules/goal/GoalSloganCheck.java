package org.perfreview.scoring.rules.goal;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Slogan-like goal (口号式, "抓难点、促突破…"): a run of short parallel phrases with no figure, date or
 * outcome. Either a {@code sloganPatterns} expression matches, or at least {@code minPhrases} phrases of
 * which a share {@code minShortShare} are at most {@code maxPhraseLength} characters and no digit anywhere.
 */
public final class GoalSloganCheck extends GoalTextCheck {

    @Override
    public String name() {
        return "goal.slogan";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("sloganPatterns", "phraseSeparators", "numberingPattern", "maxPhraseLength", "minPhrases",
                "minShortShare");
    }

    @Override
    protected boolean violates(String goal, RuleContext ctx, RuleParams p) {
        String body = p.pattern("numberingPattern").matcher(Texts.compact(goal)).replaceAll("");
        if (p.pattern("sloganPatterns").matcher(body).find()) {
            return true;
        }
        if (body.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        List<String> phrases = Arrays.stream(p.pattern("phraseSeparators").split(body))
                .map(Texts::key).filter(s -> s.length() >= 2).toList();
        if (phrases.size() < p.integer("minPhrases")) {
            return false;
        }
        long shortOnes = phrases.stream().filter(s -> s.length() <= p.integer("maxPhraseLength")).count();
        return shortOnes >= p.real("minShortShare") * phrases.size();
    }
}
