package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/** A qualitative target that states a direction, not a grade: "进一步提升", "有所改善" ({@code vaguePattern}). */
public final class UngradedQualitativeCheck extends RowCheck {

    @Override
    public String name() {
        return "value.ungradedQualitative";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("vaguePattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = Texts.compact(row.valueText());
        if (row.number() != null || value.chars().anyMatch(Character::isDigit) || IndicatorView.isPlaceholder(value, p)) {
            return null;
        }
        return p.pattern("vaguePattern").matcher(value).find()
                ? Violation.on(row, row.indicator().value(), Texts.clip(row.valueText(), 40)) : null;
    }
}
