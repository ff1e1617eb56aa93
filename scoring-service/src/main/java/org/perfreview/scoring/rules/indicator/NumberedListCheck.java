package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;
import java.util.regex.Matcher;

/** 三级指标 holding a numbered list ("1. … 2. …"): several indicators pasted into one cell. */
public final class NumberedListCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.numberedList";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("listMarkerPattern", "minItems", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        int items = listItems(row.name(), p);
        return items >= p.integer("minItems")
                ? Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 60)).with("items", items) : null;
    }

    static int listItems(String text, RuleParams p) {
        Matcher m = p.pattern("listMarkerPattern").matcher(Texts.compact(text));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
