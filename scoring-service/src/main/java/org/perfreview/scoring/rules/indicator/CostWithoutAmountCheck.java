package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;

/**
 * The economic-cost indicators state no amount of money ("控制在预算内", "不超预算"): the cost of the
 * unit's work is not declared. An amount is a money-unit number or a {@code moneyPattern} in the value.
 */
public final class CostWithoutAmountCheck implements Check {

    @Override
    public String name() {
        return "indicator.costWithoutAmount";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("moneyPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> cost = ctx.indicators().stream()
                .filter(r -> r.category() == IndicatorCategory.ECONOMIC_COST
                        && !(r.emptyOrPlaceholder(p) && IndicatorView.isPlaceholder(r.valueText(), p)))
                .toList();
        if (cost.isEmpty()) {
            return RuleResult.notApplicable("没有经济成本指标");
        }
        boolean stated = cost.stream().anyMatch(r -> Money.toWan(r.number(), moneyUnit(r)) != null
                || p.pattern("moneyPattern").matcher(Texts.compact(r.valueText())).find());
        if (stated) {
            return RuleResult.passed();
        }
        IndicatorView first = cost.get(0);
        return RuleResult.failed(Violation.on(first, first.indicator().value(),
                Texts.clip(first.name(), 30) + " / " + Texts.clip(first.valueText(), 30)));
    }

    static String moneyUnit(IndicatorView r) {
        return r.reading().valueUnit().isEmpty() ? r.effectiveUnit() : r.reading().valueUnit();
    }
}
