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
 * 评(扣)分标准 that says nothing row by row (docs/domain.md, "未达指标值酌情扣分 on every row"), over the rows with
 * content and a scoring rule: at least {@code minRows} of them and a share {@code minShare} either repeat one text, or
 * are a generic deduction phrase with no figure ({@code genericPattern}: "未达指标值酌情扣分" and its variants); or every
 * one of them is a bare weight ({@code weightPattern}: 10, 10分, 1/0), which says how much a row is worth, not how it is
 * scored.
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
        List<IndicatorView> scored = ctx.indicators().stream()
                .filter(r -> !r.emptyOrPlaceholder(p) && !IndicatorView.isPlaceholder(r.scoringRule(), p)).toList();
        if (scored.size() < p.integer("minRows")) {
            return RuleResult.notApplicable("评分标准填写行数不足");
        }
        Predicate<IndicatorView> weight = r -> p.pattern("weightPattern").matcher(Texts.compact(r.scoringRule())).matches();
        if (scored.stream().allMatch(weight)) {
            return finding(scored.get(0), scored.size(), scored.size());
        }
        List<IndicatorView> rows = scored.stream().filter(weight.negate()).toList();
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> Texts.key(r.scoringRule()), Collectors.counting()));
        Map.Entry<String, Long> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Predicate<IndicatorView> generic = r -> {
            String rule = Texts.compact(r.scoringRule());
            return p.pattern("genericPattern").matcher(rule).find() && rule.chars().noneMatch(Character::isDigit);
        };
        long genericRows = rows.stream().filter(generic).count();
        Predicate<IndicatorView> boilerplate = top.getValue() >= genericRows
                ? r -> Texts.key(r.scoringRule()).equals(top.getKey()) : generic;
        long repeated = Math.max(top.getValue(), genericRows);
        if (repeated < p.integer("minRows") || repeated < p.real("minShare") * scored.size()) {
            return RuleResult.passed();
        }
        return finding(rows.stream().filter(boilerplate).findFirst().orElseThrow(), repeated, scored.size());
    }

    private static RuleResult finding(IndicatorView first, long repeated, int of) {
        return RuleResult.failed(Violation.on(first, first.indicator().scoringRule(), first.scoringRule())
                .with("rows", repeated).with("of", of));
    }
}
