package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * 指标值 repeats 三级指标 (the traffic police case): the same text, or one a truncated copy of the other
 * (the shorter at least {@code truncatedShare} of the longer, as when a long cell was cut on export).
 */
public final class NameEqualsValueCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.nameEqualsValue";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minLength", "truncatedShare", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String name = Texts.key(row.name());
        String value = Texts.key(row.valueText());
        if (value.length() < p.integer("minLength") || IndicatorView.isPlaceholder(row.valueText(), p)) {
            return null;
        }
        boolean same = name.equals(value);
        if (!same) {
            String shorter = name.length() < value.length() ? name : value;
            String longer = shorter == name ? value : name;
            same = longer.startsWith(shorter) && shorter.length() >= p.real("truncatedShare") * longer.length();
        }
        return same ? Violation.on(row, row.indicator().value(), Texts.clip(row.valueText(), 60)) : null;
    }
}
