package org.perfreview.contracts.review;

import org.perfreview.contracts.score.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity a reviewer decision follows across rescoring and refiled versions: the rule code and the
 * indicator ({@code ruleCode@indicator}, {@code ruleCode@表} for a table-level finding), with {@code #2},
 * {@code #3} for further findings of the same rule on the same indicator, in card order.
 */
public final class FindingIdentity {
    static final String TABLE_LEVEL = "表";

    private FindingIdentity() {
    }

    /** The key of each finding of a card, in the card's order. */
    public static List<String> keys(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String base = base(f);
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "#" + n);
        }
        return keys;
    }

    static String base(Finding f) {
        String indicator = f.location() == null ? null : f.location().indicator();
        return f.ruleCode() + "@" + (indicator == null || indicator.isBlank() ? TABLE_LEVEL : indicator.strip());
    }
}
