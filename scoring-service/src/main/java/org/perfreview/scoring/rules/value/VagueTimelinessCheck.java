package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A timeliness target whose only time is the year (docs/domain.md, "timeliness only 全年/年底前"): the year or the
 * year end in any spelling ({@code fullYearPattern}: 全年, 年内, 2024年, 2024年12月31日前, 2024年1-12月, 12个月), or a
 * value with no time in it at all ("按计划完成 100%", "执行率 ≥ 50%", "按时完成"). What is left after the year is
 * removed from the name, value and unit must hold a milestone ({@code milestonePattern}: 每季度, 6月底前, 15个工作日);
 * a rate is a timeliness target only when it is a punctuality rate ({@code ratePattern}: 及时率, 按时办结率).
 */
public final class VagueTimelinessCheck extends RowCheck {

    @Override
    public String name() {
        return "value.vagueTimeliness";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("milestonePattern", "fullYearPattern", "ratePattern", "percentUnits", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        if (row.category() != IndicatorCategory.TIMELINESS || Texts.symbolOnly(row.valueText())
                || IndicatorView.isPlaceholder(row.valueText(), p)) {
            return null;
        }
        String name = Texts.compact(row.name());
        String filed = Texts.compact(row.valueText() + row.unitText());
        if (rate(row, p) && p.pattern("ratePattern").matcher(name + "|" + filed).find()) {
            return null;
        }
        String rest = p.pattern("fullYearPattern").matcher(name + "|" + filed).replaceAll("");
        return p.pattern("milestonePattern").matcher(rest).find() ? null : Violation.on(row, row.indicator().value(),
                (row.qualitativeType() ? "" : row.opText()) + row.valueText()
                        + (row.unitText().isEmpty() ? "" : " " + row.unitText()));
    }

    /** A percentage: written with %, a percent unit, or a bare figure up to 100 with no unit. */
    private static boolean rate(IndicatorView row, RuleParams p) {
        if (row.number() == null) {
            return false;
        }
        return row.reading().percent() || p.listed("percentUnits", row.unitText())
                || (row.effectiveUnit().isEmpty() && row.number().compareTo(BigDecimal.valueOf(100)) <= 0);
    }
}
