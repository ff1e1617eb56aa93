package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;
import org.perfreview.scoring.rules.indicator.NameEqualsValueCheck;

import java.util.Set;

/**
 * A qualitative target that states a direction, not a grade that could be checked at year end
 * ({@code vaguePattern}: 进一步提升, 有所改善, 有效提升便利度, 降低管理成本, a bare 达到 or 符合, 效果显著). When the value cell
 * holds only a placeholder and the words sit in the unit column (无 | 显著提高), those words are the target. A value
 * that copies the indicator's name is the name-equals-value check's finding, not a second one here.
 */
public final class UngradedQualitativeCheck extends RowCheck {

    @Override
    public String name() {
        return "value.ungradedQualitative";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("vaguePattern", "measureUnits", IndicatorView.PLACEHOLDERS, NameEqualsValueCheck.MIN_LENGTH,
                NameEqualsValueCheck.CORE_SHARE, NameEqualsValueCheck.REORDER_SHARE);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String value = Texts.compact(row.valueText());
        boolean shifted = IndicatorView.isPlaceholder(value, p) && !IndicatorView.isPlaceholder(row.unitText(), p)
                && !p.listed("measureUnits", row.unitText());
        String target = shifted ? row.unitText() : value;
        if (row.number() != null || target.chars().anyMatch(Character::isDigit) || IndicatorView.isPlaceholder(target, p)
                || (!shifted && NameEqualsValueCheck.copies(row, p))) {
            return null;
        }
        return p.pattern("vaguePattern").matcher(target).find()
                ? Violation.on(row, shifted ? row.indicator().unit() : row.indicator().value(), Texts.clip(target, 40)) : null;
    }
}
