package org.perfreview.scoring.rules;

import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a rulebook's enabled rules reach beyond their table, read from the checks that back them. */
public final class RuleReach {

    private final CheckRegistry registry;

    public RuleReach(CheckRegistry registry) {
        this.registry = registry;
    }

    /** The enabled rules whose check has exactly this reach. */
    public List<RuleSpec> rules(Rulebook rulebook, Reach reach) {
        return rulebook.rules().stream().filter(r -> r.enabled() && registry.get(r.check()).reach() == reach).toList();
    }

    /** The check behind a rule of reach {@link Reach#BATCH}. */
    public CrossUnitCheck crossUnit(RuleSpec spec) {
        if (registry.get(spec.check()) instanceof CrossUnitCheck check) {
            return check;
        }
        throw new IllegalArgumentException("rule " + spec.code() + " does not read other units' tables");
    }

    /** Whether the card has a finding of a rule of reach {@link Reach#BATCH} (stored with the card). */
    public boolean crossUnitFinding(Rulebook rulebook, ScoreCard card) {
        Set<String> codes = rules(rulebook, Reach.BATCH).stream().map(RuleSpec::code).collect(Collectors.toSet());
        return card.findings() != null && card.findings().stream().anyMatch(f -> codes.contains(f.ruleCode()));
    }
}
