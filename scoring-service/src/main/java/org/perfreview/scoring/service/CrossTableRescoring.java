package org.perfreview.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.persistence.DbBatchView;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.Arrival;
import org.perfreview.scoring.rules.Reach;
import org.perfreview.scoring.rules.RuleReach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The other tables whose scores a new latest table may change, from what the rulebook's checks declare
 * (rules/Reach.java): the unit's other tables a rule of reach UNIT applies to, and the tables each
 * cross-unit check names. One loop for every rule; this class names none.
 */
@ApplicationScoped
class CrossTableRescoring {

    /** @param tables the view the arrival was scored with, so a look-up its scoring made is not made again */
    List<ScoredTableEntity> affected(RuleReach reach, Rulebook rulebook, ScoredTableEntity arrived, NormalizedTable table,
                                     NormalizedTable replaced, DbBatchView tables) {
        Map<UUID, ScoredTableEntity> out = new LinkedHashMap<>();
        List<RuleSpec> unitRules = reach.rules(rulebook, Reach.UNIT);
        for (ScoredTableEntity sibling : tables.latestOfUnit(arrived.unitCode)) {
            if (!sibling.submissionId.equals(arrived.submissionId) && appliesTo(unitRules, sibling)) {
                out.put(sibling.submissionId, sibling);
            }
        }
        Arrival arrival = new Arrival(arrived.unitCode, table, replaced);
        for (RuleSpec spec : reach.rules(rulebook, Reach.BATCH)) {
            for (UUID id : reach.crossUnit(spec).affected(arrival, spec, tables)) {
                ScoredTableEntity other = out.containsKey(id) || id.equals(arrived.submissionId) ? null : ScoredTableEntity.findById(id);
                if (other != null && other.latest && appliesTo(List.of(spec), other)) {
                    out.put(id, other);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean appliesTo(List<RuleSpec> rules, ScoredTableEntity table) {
        TableKind kind = TableKind.valueOf(table.tableKind);
        return rules.stream().anyMatch(r -> r.appliesTo(kind));
    }
}
