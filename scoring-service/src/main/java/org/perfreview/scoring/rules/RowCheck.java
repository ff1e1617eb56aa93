package org.perfreview.scoring.rules;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A check that looks at indicator rows one at a time; rows without content of their own are skipped. */
public abstract class RowCheck implements Check {

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        if (ctx.indicators().isEmpty()) {
            return RuleResult.notApplicable("表中没有绩效指标");
        }
        RuleParams p = spec.params();
        List<Violation> out = new ArrayList<>();
        Collection<IndicatorView> exempt = exempt(ctx, p);
        for (IndicatorView row : ctx.indicators()) {
            if (exempt.contains(row)) {
                continue;
            }
            if ((includeEmptyRows() || !row.emptyOrPlaceholder(p)) && !(skipClassified() && classified(row, p))) {
                Violation v = inspect(row, ctx, p);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return RuleResult.of(out);
    }

    /** Rows another rule reports instead of this one (looked at once per table). */
    protected Collection<IndicatorView> exempt(RuleContext ctx, RuleParams p) {
        return List.of();
    }

    /** Rows whose name is blank or a placeholder are skipped unless this returns true. */
    protected boolean includeEmptyRows() {
        return false;
    }

    /** Rows filled with 涉密 cannot be judged and are skipped, except by the check that reports them. */
    protected boolean skipClassified() {
        return true;
    }

    private static boolean classified(IndicatorView row, RuleParams p) {
        return p.has(CLASSIFIED) && p.pattern(CLASSIFIED).matcher(Texts.compact(row.name() + "|" + row.valueText())).find();
    }

    /** Lexicon parameter: the words that mark classified content. */
    public static final String CLASSIFIED = "classifiedPattern";

    /** The violation this row commits, or null. */
    protected abstract Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p);
}
