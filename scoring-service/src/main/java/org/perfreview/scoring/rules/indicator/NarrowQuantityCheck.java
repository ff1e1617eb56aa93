package org.perfreview.scoring.rules.indicator;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every quantity indicator is about a narrow housekeeping slice ({@code narrowPattern}: 保洁, 清扫, 物业 …)
 * while the unit has wider duties: the party office whose only quantity indicator was cleaning hours.
 */
public final class NarrowQuantityCheck implements Check {

    @Override
    public String name() {
        return "indicator.narrowQuantity";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("narrowPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> quantity = ctx.indicators().stream()
                .filter(r -> r.category() == IndicatorCategory.QUANTITY && !r.emptyOrPlaceholder(p)).toList();
        if (quantity.isEmpty()) {
            return RuleResult.notApplicable("没有数量指标");
        }
        boolean narrow = quantity.stream().allMatch(r -> p.pattern("narrowPattern").matcher(Texts.compact(r.name())).find());
        if (!narrow) {
            return RuleResult.passed();
        }
        String names = quantity.stream().map(IndicatorView::name).collect(Collectors.joining("；"));
        return RuleResult.failed(Violation.on(quantity.get(0), quantity.get(0).indicator().name(), names)
                .with("count", quantity.size()));
    }
}
