package org.perfreview.scoring.support;

import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.util.List;

/** TEST-ONLY: runs one rule of the default rulebook, as the engine would, on a table or a context. */
public final class Rules {

    private Rules() {
    }

    public static RuleSpec spec(String code) {
        return Scoring.DEFAULT.rules().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + code));
    }

    public static RuleResult run(String code, RuleContext ctx) {
        RuleSpec spec = spec(code);
        return Scoring.REGISTRY.get(spec.check()).evaluate(ctx, spec);
    }

    public static RuleResult run(String code, NormalizedTable table) {
        return run(code, RuleContext.of(table));
    }

    /** The violations of a rule that must have failed. */
    public static List<Violation> failed(String code, NormalizedTable table) {
        RuleResult r = run(code, table);
        if (r.status() != RuleStatus.FAILED) {
            throw new AssertionError(code + " expected FAILED, got " + r.status() + " (" + r.reason() + ")");
        }
        return r.violations();
    }

    /** The fixture unit's row indicator names a rule flagged. */
    public static List<String> flaggedIndicators(String code, NormalizedTable table) {
        return run(code, table).violations().stream().map(Violation::indicator).toList();
    }
}
