package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.NameValue;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * 指标值 says no more than 三级指标 (the traffic police unit that filled both columns alike): see {@link NameValue}
 * for what counts as a copy; the lexicon's {@code copyMinLength}, {@code copyCoreShare} and {@code copyReorderShare}
 * tune it (shared with the checks that leave a copied value to this one).
 */
public final class NameEqualsValueCheck extends RowCheck {

    public static final String MIN_LENGTH = "copyMinLength";
    public static final String CORE_SHARE = "copyCoreShare";
    public static final String REORDER_SHARE = "copyReorderShare";

    @Override
    public String name() {
        return "indicator.nameEqualsValue";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of(MIN_LENGTH, CORE_SHARE, REORDER_SHARE, IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        return copies(row, p) ? Violation.on(row, row.indicator().value(), Texts.clip(row.valueText(), 60)) : null;
    }

    /** The row's value copies its name under this rule's parameters (other checks defer to it). */
    public static boolean copies(IndicatorView row, RuleParams p) {
        return !IndicatorView.isPlaceholder(row.valueText(), p) && NameValue.copies(row.name(), row.valueText(),
                p.integer(MIN_LENGTH), p.real(CORE_SHARE), p.real(REORDER_SHARE));
    }
}
