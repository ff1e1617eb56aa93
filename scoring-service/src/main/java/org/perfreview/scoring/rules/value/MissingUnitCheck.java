package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A numeric target with no unit, neither written in the value nor in the 计量单位 cell, which is blank or
 * says "none" ({@code placeholderUnits}: 无, -, /): "100", "≥200". Junk such as {@code &} is BadUnitCheck's.
 */
public final class MissingUnitCheck extends RowCheck {

    @Override
    public String name() {
        return "value.missingUnit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("placeholderUnits");
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.number() == null || !row.reading().valueUnit().isEmpty()) {
            return null;
        }
        boolean noUnit = row.unitText().isEmpty() || p.listed("placeholderUnits", row.unitText());
        return noUnit ? Violation.on(row, row.indicator().value(), row.opText() + row.valueText()
                + (row.unitText().isEmpty() ? "" : " " + row.unitText())) : null;
    }
}
