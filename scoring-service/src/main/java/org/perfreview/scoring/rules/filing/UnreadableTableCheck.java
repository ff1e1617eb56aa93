package org.perfreview.scoring.rules.filing;

import org.perfreview.contracts.table.ParseNote;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.util.List;

/** The reader met errors it could not resolve (missing header, unreadable block): the filing is incomplete. */
public final class UnreadableTableCheck implements Check {

    @Override
    public String name() {
        return "filing.unreadable";
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        List<ParseNote> notes = ctx.table().notes() == null ? List.of() : ctx.table().notes();
        return RuleResult.of(notes.stream().filter(n -> n.level() == ParseNote.Level.ERROR)
                .map(n -> Violation.at(n.at(), n.message() + (n.found() == null ? "" : "（" + n.found() + "）"))
                        .with("note", n.message()))
                .toList());
    }
}
