package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Reading;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;

/**
 * Full marks although the 实际完成值 misses the 年度指标值 (target ≥ 95 %, actual 80 %, 得分 = 分值).
 * Only compared when target and actual are both percentages or both plain numbers.
 */
public final class FullMarksMissedTargetCheck extends RowCheck {

    @Override
    public String name() {
        return "selfeval.fullMarksMissedTarget";
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        SelfEvalFigures f = row.indicator().selfEval();
        BigDecimal weight = f == null ? null : Amount.valueOf(f.weight());
        BigDecimal score = f == null ? null : Amount.valueOf(f.score());
        Reading target = row.reading();
        if (weight == null || score == null || weight.signum() <= 0 || score.compareTo(weight) < 0
                || target.number() == null || target.operator() == null) {
            return null;
        }
        String actualText = Text.valueOf(f.actual());
        BigDecimal actual = Percent.parse(actualText);
        boolean actualPercent = Texts.compact(actualText).contains("%") || Texts.compact(actualText).contains("％");
        if (actual == null || actualPercent != target.percent()) {
            return null;
        }
        return meets(actual, target.operator(), target.number()) ? null
                : Violation.on(row, f.actual(), "目标" + target.operator() + target.number().toPlainString()
                + (target.percent() ? "%" : "") + "，实际" + actualText + "，得分" + score.toPlainString())
                .with("actual", actualText).with("score", score.toPlainString());
    }

    static boolean meets(BigDecimal actual, String op, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (op) {
            case "≥" -> c >= 0;
            case ">" -> c > 0;
            case "≤" -> c <= 0;
            case "<" -> c < 0;
            default -> c == 0;
        };
    }
}
