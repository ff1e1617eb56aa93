package org.perfreview.scoring.rules.filing;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Weights written per row (in 备注, or in place of the 评(扣)分标准: "15分", "10") that do not add up to
 * {@code total} (100). A column counts as a weight column when at least {@code minShare} of rows hold one.
 */
public final class WeightsTotalCheck implements Check {

    @Override
    public String name() {
        return "filing.weightsTotal";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("weightPattern", "minShare", "total", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> rows = ctx.indicators();
        for (Function<IndicatorView, String> column : List.<Function<IndicatorView, String>>of(IndicatorView::remark,
                IndicatorView::scoringRule)) {
            BigDecimal sum = BigDecimal.ZERO;
            int weighted = 0;
            for (IndicatorView r : rows) {
                Matcher m = p.pattern("weightPattern").matcher(Texts.compact(column.apply(r)));
                if (m.matches()) {
                    sum = sum.add(new BigDecimal(m.group(1)));
                    weighted++;
                }
            }
            if (weighted > 0 && weighted >= p.real("minShare") * rows.size()) {
                return sum.compareTo(p.decimal("total")) == 0 ? RuleResult.passed()
                        : RuleResult.failed(Violation.at(rows.get(0).position(), weighted + "行权重合计" + sum.toPlainString())
                        .with("sum", sum.toPlainString()).with("rows", weighted));
            }
        }
        return RuleResult.notApplicable("未填写指标权重");
    }
}
