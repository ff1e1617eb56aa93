package org.perfreview.scoring.rules;

/**
 * How far a check looks beyond the table it judges. The scoring service re-scores by this alone, so it names
 * no rule: a new table re-scores its unit's other tables when a rule of reach {@link #UNIT} applies to them,
 * and the tables a {@link CrossUnitCheck} names when one of reach {@link #BATCH} does. A change of the batch's
 * reference lists or rulebook re-scores the whole batch whatever the reach.
 */
public enum Reach {
    /** The table itself (with the batch's deadline and lists). */
    TABLE,
    /** The unit's other tables in the batch (project sums, the overall table's goals). */
    UNIT,
    /** Other units' tables in the batch (copied goals). */
    BATCH
}
