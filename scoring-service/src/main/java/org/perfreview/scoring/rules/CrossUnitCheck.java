package org.perfreview.scoring.rules;

import org.perfreview.scoring.rulebook.RuleSpec;

import java.util.Set;
import java.util.UUID;

/**
 * A check whose verdict on a table depends on other units' tables. Such a verdict can change when another
 * unit files, so the check itself names the tables an arrival may change; the service re-scores those.
 */
public interface CrossUnitCheck extends Check {

    @Override
    default Reach reach() {
        return Reach.BATCH;
    }

    /**
     * Latest tables of other units whose verdict under {@code spec} may change now that {@code arrival}'s
     * table is in the batch and the version it replaced is not.
     */
    Set<UUID> affected(Arrival arrival, RuleSpec spec, AffectedTables tables);
}
