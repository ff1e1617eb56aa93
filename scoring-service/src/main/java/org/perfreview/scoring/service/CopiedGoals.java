package org.perfreview.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.persistence.DbBatchView;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.goal.GoalCopiedCheck;
import org.perfreview.support.EventJson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Copied-goal rules (check {@code goal.copied}) must flag both units whatever the filing order: a table is
 * scored against the goals already in the batch, so the earlier tables it copies have to be re-scored.
 */
@ApplicationScoped
class CopiedGoals {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;

    /** Whether the card has a finding of one of the rulebook's copied-goal rules (stored with the card). */
    static boolean flagged(Rulebook rulebook, ScoreCard card) {
        Set<String> codes = new LinkedHashSet<>();
        rules(rulebook).forEach(r -> codes.add(r.code()));
        return card.findings() != null && card.findings().stream().anyMatch(f -> codes.contains(f.ruleCode()));
    }

    /**
     * Latest tables of other units whose goals {@code table}'s goals nearly copy (at most the look-up's capped
     * candidates per goal), that a copied-goal rule applies to and whose current card lacks its finding. Once
     * the original carries the finding, further copies re-score nobody; a re-scored table never comes back here.
     */
    List<ScoredTableEntity> toRescore(Rulebook rulebook, ScoredTableEntity stored, NormalizedTable table) {
        Set<UUID> matched = matching(rulebook, stored, table);
        matched.removeAll(ScoreCardEntity.withCopiedGoal(matched));
        return latestApplicable(rulebook, matched);
    }

    /**
     * When a unit refiles, the tables whose copied-goal finding may have pointed at its previous goals: latest
     * tables of other units nearly matching those goals whose current card carries the finding. Re-scored, each
     * keeps the finding only if another unit still shares its goal.
     */
    List<ScoredTableEntity> flaggedAgainst(Rulebook rulebook, ScoredTableEntity previous, NormalizedTable previousTable) {
        Set<UUID> matched = matching(rulebook, previous, previousTable);
        matched.retainAll(ScoreCardEntity.withCopiedGoal(matched));
        return latestApplicable(rulebook, matched);
    }

    private Set<UUID> matching(Rulebook rulebook, ScoredTableEntity stored, NormalizedTable table) {
        DbBatchView view = new DbBatchView(em, json, stored.batchId);
        Set<UUID> matched = new LinkedHashSet<>();
        for (RuleSpec spec : rules(rulebook)) {
            double minSimilarity = spec.params().real("minSimilarity");
            int minLength = spec.params().integer("minLength");
            for (String goal : DbBatchView.goalTexts(table)) {
                // The same floor as the check: a short goal matching another short goal would re-score a table for nothing.
                if (Texts.length(goal) >= minLength) {
                    matched.addAll(view.tablesWithSimilarGoal(stored.unitCode, goal, minSimilarity));
                }
            }
        }
        return matched;
    }

    private static List<ScoredTableEntity> latestApplicable(Rulebook rulebook, Set<UUID> ids) {
        List<RuleSpec> specs = rules(rulebook);
        return ids.stream()
                .map(id -> ScoredTableEntity.<ScoredTableEntity>findById(id))
                .filter(t -> t != null && t.latest && specs.stream().anyMatch(s -> s.appliesTo(TableKind.valueOf(t.tableKind))))
                .toList();
    }

    private static List<RuleSpec> rules(Rulebook rulebook) {
        return rulebook.rules().stream().filter(r -> r.enabled() && GoalCopiedCheck.NAME.equals(r.check())).toList();
    }
}
