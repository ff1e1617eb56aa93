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
 * 指标解释 / 评(扣)分标准 ({@code columns}) left empty on at least a share {@code minShare} of the indicator rows:
 * blank, a placeholder (无), or, where {@code weightsAreEmpty} is true, only a number ({@code weightPattern}: "1",
 * "15分") that explains nothing. One finding per column; a rulebook keeps the two columns in two rules, since a
 * missing explanation and a missing scoring rule are different problems (a scoring column of bare weights is the
 * boilerplate check's).
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
        return Set.of("columns", "minShare", "weightsAreEmpty", "weightPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> rows = ctx.indicators().stream().filter(r -> !r.emptyOrPlaceholder(p)).toList();
        if (rows.isEmpty()) {
            return RuleResult.notApplicable("没有填报内容的指标行");
        }
        List<Violation> out = new ArrayList<>();
        boolean weightsAreEmpty = Boolean.parseBoolean(p.string("weightsAreEmpty"));
        for (Column c : COLUMNS) {
            if (!p.listed("columns", c.key())) {
                continue;
            }
            List<IndicatorView> empty = rows.stream().filter(r -> emptyCell(Text.valueOf(c.cell().apply(r)), p, weightsAreEmpty)).toList();
            if (!empty.isEmpty() && empty.size() >= p.real("minShare") * rows.size()) {
                IndicatorView first = empty.get(0);
                out.add(Violation.on(first, c.cell().apply(first), c.label() + "：" + empty.size() + "/" + rows.size() + "行未填写有效内容")
                        .with("column", c.label()).with("rows", empty.size()).with("of", rows.size()));
            }
        }
        return RuleResult.of(out);
    }

    private static boolean emptyCell(String text, RuleParams p, boolean weightsAreEmpty) {
        return IndicatorView.isPlaceholder(text, p) || (weightsAreEmpty && p.pattern("weightPattern").matcher(Texts.compact(text)).matches());
    }
}
