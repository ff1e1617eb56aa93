package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A target that is a score, not a value: written in 分 ("10分", unit 分), or equal to the weight the
 * unit wrote in 备注 ({@code weightPattern}, e.g. "15分"). Reviewers saw values confused with points.
 */
public final class ScoreLikeCheck extends RowCheck {

    @Override
    public String name() {
        return "value.scoreLike";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("scoreUnits", "weightPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.number() == null) {
            return null;
        }
        boolean inPoints = p.listed("scoreUnits", row.unitText()) || p.listed("scoreUnits", row.reading().valueUnit());
        Matcher weight = p.pattern("weightPattern").matcher(Texts.compact(row.remark()));
        boolean isWeight = weight.matches() && new BigDecimal(weight.group(1)).compareTo(row.number()) == 0;
        return inPoints || isWeight ? Violation.on(row, row.indicator().value(),
                row.opText() + row.valueText() + " " + row.unitText() + (isWeight ? "（备注：" + row.remark() + "）" : "")) : null;
    }
}
