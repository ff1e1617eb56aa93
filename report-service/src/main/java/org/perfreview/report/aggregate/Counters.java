package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.Problem;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the city report counts, updated by adding (+1) or taking back (-1) one card. */
final class Counters {
    private static final Comparator<RuleTally> MOST_FREQUENT = Comparator
            .comparingInt(RuleTally::count).reversed()
            .thenComparing(Comparator.comparingInt(RuleTally::units).reversed())
            .thenComparing(RuleTally::ruleCode);

    private final GradeTally grades = new GradeTally();
    private final OverallTally overall = new OverallTally();
    private final Map<String, RuleTally> rules = new HashMap<>();
    private final BatchAggregate.Limits limits;

    Counters(BatchAggregate.Limits limits) {
        this.limits = limits;
    }

    void add(ScoreCard card, int sign) {
        grades.add(card, sign);
        if (OverallTables.is(card)) {
            overall.add(card, sign);
        }
        if (card.findings() == null) {
            return;
        }
        for (Finding f : card.findings()) {
            if (f.ruleCode() == null) {
                continue;
            }
            RuleTally tally = rules.computeIfAbsent(f.ruleCode(), RuleTally::new);
            tally.add(card, f, sign);
            if (tally.isEmpty()) {
                rules.remove(f.ruleCode());
            }
        }
    }

    GradeTally grades() {
        return grades;
    }

    OverallTally overall() {
        return overall;
    }

    /** Most findings first, then most units, then rule code. */
    List<Problem> topProblems() {
        return rules.values().stream().sorted(MOST_FREQUENT).limit(limits.topProblems())
                .map(t -> t.toProblem(limits.examplesPerProblem())).toList();
    }
}
