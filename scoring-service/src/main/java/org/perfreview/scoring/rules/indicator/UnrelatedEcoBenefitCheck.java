package org.perfreview.scoring.rules.indicator;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ecological-benefit indicator claims an effect although neither the unit's name, its goals nor its output
 * indicators (what the unit does) touch the environment ({@code ecoPattern}); "no negative impact" rows and
 * enforcement against pollution or illegal fishing ({@code neutralPattern}) are left alone. The archive with an
 * "ecological benefit" of the review report. A claim with value 无 still counts: the row was filled with something
 * that is not an ecological effect.
 */
public final class UnrelatedEcoBenefitCheck extends RowCheck {

    @Override
    public String name() {
        return "indicator.unrelatedEcoBenefit";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("ecoPattern", "neutralPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() != IndicatorCategory.ECO_BENEFIT) {
            return null;
        }
        String claim = Texts.compact(row.name() + "|" + row.valueText());
        if (p.pattern("neutralPattern").matcher(claim).find()) {
            return null;
        }
        String outputs = ctx.indicators().stream().filter(r -> r.category().group() == IndicatorCategory.Group.OUTPUT)
                .map(IndicatorView::name).collect(Collectors.joining("|"));
        String duties = Texts.compact(ctx.unitName() + "|" + outputs + "|" + (ctx.table().goals() == null ? ""
                : ctx.table().goals().stream().map(Goal::text).map(Text::valueOf).collect(Collectors.joining("|"))));
        return p.pattern("ecoPattern").matcher(duties).find() ? null
                : Violation.on(row, row.indicator().name(), Texts.clip(row.name(), 40) + " / " + Texts.clip(row.valueText(), 30));
    }
}
