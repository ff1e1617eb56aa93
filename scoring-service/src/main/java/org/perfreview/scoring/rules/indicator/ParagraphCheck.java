package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * 三级指标 longer than {@code maxLength} characters: a pasted paragraph, not an indicator. Numbered lists
 * are left to {@link NumberedListCheck} so one cell is not reported twice.
 */
public final class ParagraphCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.paragraph";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("maxLength", "listMarkerPattern", "minItems", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        int length = Texts.length(row.name());
        if (length <= p.integer("maxLength") || NumberedListCheck.listItems(row.name(), p) >= p.integer("minItems")) {
            return null;
        }
        return Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 60)).with("length", length);
    }
}
