package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * An indicator with content but no target: the value is blank, a stray symbol, or a placeholder (无) where
 * the indicator is not about an absence ({@code negationPattern}: "负面影响 — 无" is a real target).
 */
public final class ValueMissingCheck extends RowCheck {

    @Override
    public String name() {
        return "value.missing";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("negationPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = row.valueText();
        boolean missing = Texts.symbolOnly(value)
                || (IndicatorView.isPlaceholder(value, p) && !p.pattern("negationPattern").matcher(Texts.compact(row.name())).find());
        return missing ? Violation.on(row, row.indicator().value(), value.isBlank() ? "（未填）" : value) : null;
    }
}
