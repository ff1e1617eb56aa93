package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.ReasonCount;
import org.perfreview.contracts.report.CityReport.ReviewProgress;
import org.perfreview.contracts.report.CityReport.RoundProgress;
import org.perfreview.contracts.report.CityReport.RuleQuality;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review section of the city report, over the current card of every table: how many tables reviewers
 * touched and signed off, the outcomes per round, grades by the machine beside grades after review, and per
 * rule how its findings fared (raised = the machine's findings, dismissed ones included; lapsed decisions
 * count for nothing). Findings reviewers added are not a rule's and are left out of the rule table.
 */
final class ReviewTally {
    static final String MANUAL_RULE = "MANUAL";
    private static final int TOP_REASONS = 3;

    private ReviewTally() {
    }

    static ReviewProgress of(Collection<ScoreCard> current) {
        int reviewed = 0;
        int signedOff = 0;
        Map<String, int[]> rounds = new LinkedHashMap<>();
        Map<String, Integer> machineGrades = new TreeMap<>();
        Map<String, Integer> reviewedGrades = new TreeMap<>();
        Map<String, Rule> rules = new TreeMap<>();
        for (ScoreCard card : current) {
            Review review = card.review();
            machineGrades.merge(review == null ? card.grade() : review.machineGrade(), 1, Integer::sum);
            reviewedGrades.merge(card.grade(), 1, Integer::sum);
            for (Finding f : card.findings() == null ? List.<Finding>of() : card.findings()) {
                if (!MANUAL_RULE.equals(f.ruleCode())) {
                    rules.computeIfAbsent(f.ruleCode(), c -> new Rule(f.title())).raised++;
                }
            }
            if (review == null) {
                continue;
            }
            reviewed += review.decisions().isEmpty() && review.rounds().isEmpty() ? 0 : 1;
            signedOff += review.rounds().stream().anyMatch(o -> Review.FINAL.equals(o.outcome())) ? 1 : 0;
            Map<String, String> lastPerRound = new LinkedHashMap<>();
            review.rounds().forEach(o -> lastPerRound.put(o.round(), o.outcome()));
            lastPerRound.forEach((round, outcome) -> count(rounds.computeIfAbsent(round, r -> new int[4]), outcome));
            for (Review.Decision d : review.decisions()) {
                if (Review.LAPSED.equals(d.status()) || Review.ADD.equals(d.action()) || MANUAL_RULE.equals(d.ruleCode())) {
                    continue;
                }
                Rule rule = rules.computeIfAbsent(d.ruleCode(), c -> new Rule(d.title()));
                switch (d.action()) {
                    case Review.CONFIRM -> rule.confirmed++;
                    case Review.ADJUST -> rule.adjusted++;
                    case Review.DISMISS -> {
                        rule.dismissed++;
                        rule.raised++; // a dismissed finding left the card's findings but the machine raised it
                        if (d.reason() != null) {
                            rule.reasons.merge(d.reason(), 1, Integer::sum);
                        }
                    }
                    default -> { }
                }
            }
        }
        List<RoundProgress> roundRows = new ArrayList<>();
        rounds.forEach((round, c) -> roundRows.add(new RoundProgress(round, c[0], c[1], c[2], c[3])));
        List<RuleQuality> quality = new ArrayList<>();
        rules.forEach((code, r) -> quality.add(r.row(code)));
        quality.sort(Comparator.comparing(RuleQuality::dismissalRate).reversed().thenComparing(RuleQuality::ruleCode));
        return new ReviewProgress(current.size(), reviewed, signedOff, roundRows, machineGrades, reviewedGrades, quality);
    }

    private static void count(int[] c, String outcome) {
        c[0]++;
        switch (outcome) {
            case Review.PASSED -> c[1]++;
            case Review.RETURNED -> c[2]++;
            case Review.FINAL -> c[3]++;
            default -> { }
        }
    }

    private static final class Rule {
        final String title;
        final Map<String, Integer> reasons = new HashMap<>();
        int raised;
        int confirmed;
        int adjusted;
        int dismissed;

        Rule(String title) {
            this.title = title;
        }

        RuleQuality row(String code) {
            BigDecimal rate = raised == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(dismissed * 100L).divide(BigDecimal.valueOf(raised), 2, RoundingMode.HALF_UP);
            List<ReasonCount> top = reasons.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_REASONS).map(e -> new ReasonCount(e.getKey(), e.getValue())).toList();
            return new RuleQuality(code, title, raised, confirmed, adjusted, dismissed, rate, top);
        }
    }
}
