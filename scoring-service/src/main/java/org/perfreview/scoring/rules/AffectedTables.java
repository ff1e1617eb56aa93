package org.perfreview.scoring.rules;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** The look-ups a {@link CrossUnitCheck} needs to name the tables an arrival affects (the service's database). */
public interface AffectedTables {

    /**
     * Latest tables of units other than {@code unitCode} holding a goal whose similarity to {@code goalText} is
     * at least {@code minSimilarity} (the same capped look-up as {@link BatchView#similarGoals}).
     */
    Set<UUID> tablesWithSimilarGoal(String unitCode, String goalText, double minSimilarity);

    /** Of {@code submissionIds}, those whose current card has a finding of a rule of reach {@link Reach#BATCH}. */
    Set<UUID> withCrossUnitFinding(Collection<UUID> submissionIds);
}
