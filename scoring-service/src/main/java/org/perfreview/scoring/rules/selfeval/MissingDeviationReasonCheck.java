package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/** Points lost (得分 &lt; 分值) with no 偏差原因分析及改进措施. */
public final class MissingDeviationReasonCheck extends RowCheck {

    @Override
    public String name() {
        return "selfeval.missingDeviationReason";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of(IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        SelfEvalFigures f = row.indicator().selfEval();
        BigDecimal weight = f == null ? null : Amount.valueOf(f.weight());
        BigDecimal score = f == null ? null : Amount.valueOf(f.score());
        if (weight == null || score == null || score.compareTo(weight) >= 0
                || !IndicatorView.isPlaceholder(Text.valueOf(f.deviationReason()), p)) {
            return null;
        }
        return Violation.on(row, f.deviationReason(), "分值" + weight.toPlainString() + "，得分" + score.toPlainString()
                + "，偏差原因未填").with("lost", weight.subtract(score).toPlainString());
    }
}
