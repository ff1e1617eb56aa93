package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.Set;

/**
 * A timeliness target with no date or milestone: "全年", "年底前", "及时", "2024", "1年", or the whole year
 * spelled as a span ("2024年1月-12月", removed by {@code fullYearPattern} before looking). A date, a
 * milestone ({@code milestonePattern}: 季度, 每月, 上半年, 工作日 …) in the value or the indicator's name,
 * or a rate (%) is specific enough.
 */
public final class VagueTimelinessCheck extends RowCheck {

    @Override
    public String name() {
        return "value.vagueTimeliness";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("milestonePattern", "fullYearPattern", "percentUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() != IndicatorCategory.TIMELINESS || Texts.symbolOnly(row.valueText())
                || IndicatorView.isPlaceholder(row.valueText(), p)) {
            return null;
        }
        boolean bareRate = row.number() != null && row.effectiveUnit().isEmpty()
                && row.number().compareTo(java.math.BigDecimal.valueOf(100)) <= 0 && row.number().signum() > 0
                && row.number().compareTo(java.math.BigDecimal.ONE) != 0;
        if (row.reading().percent() || bareRate || (row.number() != null && p.listed("percentUnits", row.unitText()))) {
            return null;
        }
        String value = p.pattern("fullYearPattern").matcher(Texts.compact(row.valueText() + row.unitText())).replaceAll("");
        String name = p.pattern("fullYearPattern").matcher(Texts.compact(row.name())).replaceAll("");
        boolean specific = p.pattern("milestonePattern").matcher(value).find()
                || p.pattern("milestonePattern").matcher(name).find();
        return specific ? null : Violation.on(row, row.indicator().value(),
                (row.qualitativeType() ? "" : row.opText()) + row.valueText()
                        + (row.unitText().isEmpty() ? "" : " " + row.unitText()));
    }
}
