package org.perfreview.scoring.score;

import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.rulebook.GradeBand;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores one table with one rulebook: runs every enabled rule that applies to the table's kind, turns
 * violations into findings (capped per rule), deducts them per dimension without going below 0, and adds
 * the eight dimensions into the total, so total is always their exact sum. A dimension one of whose rules was
 * deferred, or that no rule of the rulebook judges on this kind of table, is listed as provisional: its points are
 * an assumption until those rules can run. Stateless and thread-safe.
 */
public final class ScoringEngine {

    private final CheckRegistry registry;

    public ScoringEngine(CheckRegistry registry) {
        this.registry = registry;
    }

    public ScoreCard score(Rulebook rulebook, RuleContext ctx) {
        return score(rulebook, ctx, 1);
    }

    public ScoreCard score(Rulebook rulebook, RuleContext ctx, int scoringRun) {
        List<Finding> findings = new ArrayList<>();
        List<RuleOutcome> outcomes = new ArrayList<>();
        Map<Dimension, BigDecimal> deducted = new EnumMap<>(Dimension.class);
        Set<Dimension> judged = EnumSet.noneOf(Dimension.class);
        Set<Dimension> deferred = EnumSet.noneOf(Dimension.class);
        int evaluated = 0;
        for (RuleSpec spec : rulebook.rules()) {
            if (!spec.appliesTo(ctx.table().kind())) {
                continue;
            }
            evaluated++;
            RuleResult result = run(spec, ctx);
            judged.add(spec.dimension());
            if (result.status() == RuleStatus.DEFERRED) {
                deferred.add(spec.dimension());
            }
            if (result.status() == RuleStatus.FAILED) {
                List<Finding> fs = FindingFactory.findings(spec, result.violations(), ctx);
                findings.addAll(fs);
                BigDecimal cost = fs.stream().map(Finding::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                deducted.merge(spec.dimension(), cost, BigDecimal::add);
            }
            if (result.status() != RuleStatus.PASSED) {
                outcomes.add(new RuleOutcome(spec.code(), result.status(), result.reason()));
            }
        }
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Dimension d : Dimension.values()) {
            BigDecimal left = rulebook.maxPoints(d).subtract(deducted.getOrDefault(d, BigDecimal.ZERO))
                    .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            dimensions.put(d.key(), left);
            total = total.add(left);
        }
        GradeBand grade = rulebook.gradeOf(total);
        UUID submissionId = ctx.submission() == null ? null : ctx.submission().submissionId();
        List<String> provisional = Arrays.stream(Dimension.values())
                .filter(d -> deferred.contains(d) || !judged.contains(d)).map(Dimension::key).toList();
        return new ScoreCard(submissionId, ctx.unitCode(), ctx.unitName(), rulebook.version(), total, grade.name(),
                grade.action(), dimensions, List.copyOf(findings), List.copyOf(outcomes), ctx.submission(),
                ScoreFacts.of(ctx, findings, outcomes, evaluated), ctx.evaluatedAt(), scoringRun, false, null, provisional);
    }

    /** A check that throws must not pass the table silently: its rule is deferred with the error. */
    private RuleResult run(RuleSpec spec, RuleContext ctx) {
        try {
            return registry.get(spec.check()).evaluate(ctx, spec);
        } catch (RuntimeException e) {
            return RuleResult.deferred("检查出错：" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
