package org.perfreview.scoring.rules.filing;

import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 指标解释 / 评(扣)分标准 left empty on indicator rows: blank, a placeholder (无), or only a weight
 * ({@code weightPattern}: "10", "15分") where the deduction rule should be. One finding per column.
 */
public final class RequiredColumnsCheck implements Check {

    private record Column(String key, String label, Function<IndicatorView, Text> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("explanation", "指标解释", r -> r.indicator().explanation()),
            new Column("scoringRule", "评(扣)分标准", r -> r.indicator().scoringRule()));

    @Override
    public String name() {
        return "filing.requiredColumns";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("columns", "weightPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> rows = ctx.indicators().stream().filter(r -> !r.emptyOrPlaceholder(p)).toList();
        if (rows.isEmpty()) {
            return RuleResult.notApplicable("没有填报内容的指标行");
        }
        List<Violation> out = new ArrayList<>();
        for (Column c : COLUMNS) {
            if (!p.listed("columns", c.key())) {
                continue;
            }
            List<IndicatorView> empty = rows.stream().filter(r -> emptyCell(Text.valueOf(c.cell().apply(r)), p)).toList();
            if (!empty.isEmpty()) {
                IndicatorView first = empty.get(0);
                out.add(Violation.on(first, c.cell().apply(first), c.label() + "：" + empty.size() + "/" + rows.size() + "行未填写有效内容")
                        .with("column", c.label()).with("rows", empty.size()).with("of", rows.size()));
            }
        }
        return RuleResult.of(out);
    }

    private static boolean emptyCell(String text, RuleParams p) {
        return IndicatorView.isPlaceholder(text, p) || p.pattern("weightPattern").matcher(Texts.compact(text)).matches();
    }
}
