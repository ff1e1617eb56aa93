package org.perfreview.scoring.rulebook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the loader needs to know about checks: which names exist and which parameters each requires. */
public interface CheckCatalog {

    /** Required parameter names of the named check, or empty when no such check exists. */
    Optional<Set<String>> requiredParams(String check);

    /** Problems with the values a rule gives the named check (unknown category names ...). */
    default List<String> paramProblems(String check, RuleParams params) {
        return List.of();
    }
}
