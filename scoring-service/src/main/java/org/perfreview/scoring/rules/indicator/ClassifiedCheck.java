package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** 涉密 in place of content: cannot be reviewed online; the reviewer must check it offline. */
public final class ClassifiedCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.classified";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("classifiedPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected boolean skipClassified() {
        return false;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        boolean classified = p.pattern("classifiedPattern").matcher(Texts.compact(row.name() + "|" + row.valueText())).find();
        return classified ? Violation.on(row, row.indicator().name(), row.name() + " / " + row.valueText()) : null;
    }
}
