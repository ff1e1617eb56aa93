package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * 指标值类型 "定性" with a figure as the target (≥99%, 10 次): the indicator is quantitative and should
 * say its comparison. List numbering and dates ({@code datePattern}: 2024年12月31日前, 2024年内, 2024年1-12月) are
 * ignored; a bare figure next to a time unit (12 | 月, 1 | 年) is a figure, not a date.
 */
public final class QualitativeNumberCheck extends RowCheck {

    @Override
    public String name() {
        return "value.qualitativeWithNumber";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("numberingPattern", "datePattern", IndicatorView.PLACEHOLDERS);
    }

    /** A row whose name is a placeholder (不适应) but whose value is a figure is still a figure on a 定性 row. */
    @Override
    protected boolean includeEmptyRows() {
        return true;
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (!row.qualitativeType()) {
            return null;
        }
        String v = p.pattern("numberingPattern").matcher(Texts.compact(row.valueText())).replaceAll("");
        v = p.pattern("datePattern").matcher(v).replaceAll("");
        return v.chars().anyMatch(Character::isDigit)
                ? Violation.on(row, row.indicator().operator(), "定性 / " + Texts.clip(row.valueText(), 40)) : null;
    }
}
