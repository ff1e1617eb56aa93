package org.perfreview.scoring.rules.filing;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Texts;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The same 评(扣)分标准 on (nearly) every row: at least {@code minRows} rows and a share {@code minShare}
 * of the rows with a scoring rule either repeat one text, or are a generic deduction phrase with no figure
 * ({@code genericPattern}: "未达指标值酌情扣分" and its variants). Bare weights are the weights check's.
 */
public final class BoilerplateScoringCheck implements Check {

    @Override
    public String name() {
        return "filing.boilerplateScoring";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("minRows", "minShare", "weightPattern", "genericPattern", IndicatorView.PLACEHOLDERS);
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        RuleParams p = spec.params();
        List<IndicatorView> rows = ctx.indicators().stream()
                .filter(r -> !r.emptyOrPlaceholder(p) && !IndicatorView.isPlaceholder(r.scoringRule(), p)
                        && !p.pattern("weightPattern").matcher(Texts.compact(r.scoringRule())).matches())
                .toList();
        if (rows.size() < p.integer("minRows")) {
            return RuleResult.notApplicable("评分标准填写行数不足");
        }
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> Texts.key(r.scoringRule()), Collectors.counting()));
        Map.Entry<String, Long> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Predicate<IndicatorView> generic = r -> {
            String rule = Texts.compact(r.scoringRule());
            return p.pattern("genericPattern").matcher(rule).find() && rule.chars().noneMatch(Character::isDigit);
        };
        long genericRows = rows.stream().filter(generic).count();
        Predicate<IndicatorView> boilerplate;
        long repeated;
        if (top.getValue() >= genericRows) {
            boilerplate = r -> Texts.key(r.scoringRule()).equals(top.getKey());
            repeated = top.getValue();
        } else {
            boilerplate = generic;
            repeated = genericRows;
        }
        if (repeated < p.integer("minRows") || repeated < p.real("minShare") * rows.size()) {
            return RuleResult.passed();
        }
        IndicatorView first = rows.stream().filter(boilerplate).findFirst().orElseThrow();
        return RuleResult.failed(Violation.on(first, first.indicator().scoringRule(), first.scoringRule())
                .with("rows", repeated).with("of", rows.size()));
    }
}
