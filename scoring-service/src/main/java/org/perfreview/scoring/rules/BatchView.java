package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;

import java.util.List;

/**
 * What a check may know about the rest of the batch. The service implements it from its database;
 * {@link InMemoryBatchView} serves tests and batch re-scoring. Lookups must be cheap: they run per rule.
 */
public interface BatchView {

    /**
     * Most other goals compared exactly with one goal: candidates are ranked by how many band keys they share
     * with it (a near-copy shares most), so a goal copied by hundreds of units costs a bounded look-up.
     */
    int MAX_CANDIDATES = 20;

    /**
     * Entries read per band key, the probe's own unit aside, first filed first. A goal copied by thousands of units
     * (a template every unit pasted) puts thousands of entries under each of its keys; reading a bounded number keeps
     * the look-up's cost flat however many copies there are. A copy shares all of the probe's keys, so it is counted
     * under each of them and still ranks first; a near-copy of a rarer goal is found through the keys it does not share
     * with the template, which hold few entries.
     */
    int MAX_PER_BAND_KEY = 100;

    /**
     * The latest version of each table of {@code kind} the unit has filed in this batch (for an overall
     * table: its project tables; for a project table: its overall table). Empty when none has arrived.
     */
    List<NormalizedTable> unitTables(String unitCode, TableKind kind);

    /**
     * Goal texts of other units in the batch whose similarity to {@code goalText} is at least
     * {@code minSimilarity} (0..1, Jaccard over character 3-grams, see {@link GoalFingerprint}), best first.
     * Implementations must use an index (e.g. {@link GoalFingerprint#bandKeys()}), not compare every goal.
     */
    List<GoalMatch> similarGoals(String unitCode, String goalText, double minSimilarity);

    /** Another unit's goal that resembles the one being checked. */
    record GoalMatch(String unitCode, String unitName, String goalText, double similarity) {
    }
}
