package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;

/** An indicator's 得分 above its 分值. */
public final class ScoreAboveWeightCheck extends RowCheck {

    @Override
    public String name() {
        return "selfeval.scoreAboveWeight";
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        SelfEvalFigures f = row.indicator().selfEval();
        BigDecimal weight = f == null ? null : Amount.valueOf(f.weight());
        BigDecimal score = f == null ? null : Amount.valueOf(f.score());
        if (weight == null || score == null || score.compareTo(weight) <= 0) {
            return null;
        }
        return Violation.on(row, null, "分值" + weight.toPlainString() + "，得分" + score.toPlainString())
                .with("weight", weight.toPlainString()).with("score", score.toPlainString());
    }
}
