package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;
import org.perfreview.scoring.rules.indicator.PlaceholderCategoryCheck;

import java.util.Collection;
import java.util.Set;

/**
 * An indicator with content but no target: the value is blank, a stray symbol, a placeholder (无) where the
 * indicator is about something negative ({@code negationPattern}: "负面影响 — 无" is a real target) without promising
 * to change it ({@code changePattern}: "减轻环境污染 — 无" is not), or only a unit word
 * where the figure should be (万元, 次, %, 年/月/日: {@code measureUnits}, {@code percentUnits}, {@code dateUnitPattern}).
 * Rows of a required category filled only with placeholders are the placeholder-category check's finding
 * ({@code required}, {@code requiredGroups} name the same categories as that rule).
 */
public final class ValueMissingCheck extends RowCheck {

    @Override
    public String name() {
        return "value.missing";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("negationPattern", "measureUnits", "percentUnits", "dateUnitPattern", "changePattern", "required",
                PlaceholderCategoryCheck.TYPE_WORDS, IndicatorView.PLACEHOLDERS);
    }

    /** 无 answers a name about something negative (负面影响 — 无), not one that promises a change to it (减轻污染 — 无). */
    private static boolean answersAbsence(IndicatorView row, RuleParams p) {
        String name = Texts.compact(row.name());
        return p.pattern("negationPattern").matcher(name).find() && !p.pattern("changePattern").matcher(name).find();
    }

    @Override
    protected Collection<IndicatorView> exempt(RuleContext ctx, RuleParams p) {
        return PlaceholderCategoryCheck.placeholderRows(ctx, p);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = row.valueText();
        String folded = Texts.compact(value);
        boolean missing = Texts.symbolOnly(value)
                || (IndicatorView.isPlaceholder(value, p) && !answersAbsence(row, p))
                || p.listed("measureUnits", folded) || p.listed("percentUnits", folded)
                || p.pattern("dateUnitPattern").matcher(folded).matches();
        return missing ? Violation.on(row, row.indicator().value(), value.isBlank() ? "（未填）" : value) : null;
    }
}
