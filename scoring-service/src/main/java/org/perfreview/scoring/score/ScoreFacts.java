package org.perfreview.scoring.score;

import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.Funds;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.RuleContext;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures the reports need without re-reading the table: money, counts, deducted points. */
final class ScoreFacts {

    private ScoreFacts() {
    }

    static Map<String, BigDecimal> of(RuleContext ctx, List<Finding> findings, List<RuleOutcome> outcomes, int evaluated) {
        Map<String, BigDecimal> facts = new LinkedHashMap<>();
        Funds f = ctx.table().funds();
        put(facts, "totalFunds", ctx.table().totalAmount());
        if (f != null) {
            put(facts, "basicFunds", Money.of(f.basic()));
            put(facts, "projectFunds", Money.of(f.project()));
        }
        facts.put("indicatorCount", BigDecimal.valueOf(ctx.indicators().size()));
        facts.put("findingCount", BigDecimal.valueOf(findings.size()));
        facts.put("deductedPoints", findings.stream().map(Finding::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        facts.put("rulesEvaluated", BigDecimal.valueOf(evaluated));
        facts.put("deferredRules", BigDecimal.valueOf(outcomes.stream().filter(o -> o.status() == RuleStatus.DEFERRED).count()));
        return facts;
    }

    private static void put(Map<String, BigDecimal> facts, String key, BigDecimal value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
