package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A numeric target with no unit, neither written in the value nor in the 计量单位 cell, which is blank or
 * says "none" ({@code placeholderUnits}: 无, -, /): "100", "≥200". A unit written anywhere in the value counts
 * ("控制在50%-70%的区间": {@code percentUnits}, {@code measureUnits}). Junk such as {@code &} is BadUnitCheck's.
 */
public final class MissingUnitCheck extends RowCheck {

    @Override
    public String name() {
        return "value.missingUnit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("placeholderUnits", "percentUnits", "measureUnits");
    }

    /** A row whose name is a placeholder (不适应) but whose value is a figure still needs a unit. */
    @Override
    protected boolean includeEmptyRows() {
        return true;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.number() == null || !row.reading().valueUnit().isEmpty() || unitInside(row.valueText(), p)
                || words(row.valueText())) {
            return null;
        }
        boolean noUnit = row.unitText().isEmpty() || p.listed("placeholderUnits", row.unitText());
        return noUnit ? Violation.on(row, row.indicator().value(), row.opText() + row.valueText()
                + (row.unitText().isEmpty() ? "" : " " + row.unitText())) : null;
    }

    /** A value with words around its figure (GB 5084-2021标准, 第3名) is not a bare number wanting a unit. */
    private static boolean words(String value) {
        return Texts.compact(value).codePoints().anyMatch(Character::isLetter);
    }

    private static boolean unitInside(String value, RuleParams p) {
        String v = Texts.compact(value).replaceAll("^[\\d.,]+", "");
        return p.strings("percentUnits").stream().anyMatch(v::contains)
                || p.strings("measureUnits").stream().anyMatch(u -> u.length() > 1 && v.contains(u));
    }
}
