package org.perfreview.scoring.service;

import org.perfreview.scoring.review.BatchRounds;
import org.perfreview.scoring.review.DecisionChecks;
import org.perfreview.scoring.review.DecisionRequest;
import org.perfreview.scoring.review.OutcomeRequest;
import org.perfreview.scoring.review.ReviewApplier;
import org.perfreview.scoring.review.ReviewAudit;
import org.perfreview.scoring.review.ReviewRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.perfreview.support.problem.NotFound;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.review.FindingIdentity;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.persistence.ReviewDecisionEntity;
import org.perfreview.scoring.persistence.ReviewOutcomeEntity;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Reviewer decisions and round outcomes on the latest version of a unit table: checks what the table's state
 * allows (409 otherwise), stores the step append-only with its audit line, and publishes the reviewed card
 * (a new scoring run) through the outbox in the same transaction.
 */
@ApplicationScoped
public class ReviewService {

    /** Rule code of a finding a reviewer added. */
    public static final String MANUAL_RULE = "MANUAL";
    private static final Set<String> OUTCOMES = Set.of(Review.PASSED, Review.RETURNED, Review.FINAL);

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    Outbox outbox;
    @Inject
    RulebookService rulebooks;
    @Inject
    BatchRounds rounds;
    @Inject
    ReviewAudit audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public Decided decide(UUID submissionId, DecisionRequest request, String reviewer) {
        ScoredTableEntity table = latestTable(submissionId);
        requireOpen(table);
        ScoreCardEntity machineEntity = machine(table);
        ScoreCard machine = json.readValue(machineEntity.body, ScoreCard.class);
        Rulebook rulebook = rulebooks.get(machine.rulebookVersion());
        String action = request == null || request.action() == null ? "" : request.action().strip().toUpperCase(Locale.ROOT);
        List<ReviewApplier.StoredDecision> earlier = stored(table);

        ReviewDecisionEntity d = new ReviewDecisionEntity();
        Finding target;
        BigDecimal before;
        if (Review.ADD.equals(action)) {
            target = DecisionChecks.manualFinding(request, rulebook, MANUAL_RULE);
            d.findingKey = "manual-" + UUID.randomUUID().toString().substring(0, 8);
            d.points = target.points();
            before = null;
        } else if (Set.of(Review.CONFIRM, Review.DISMISS, Review.ADJUST).contains(action)) {
            if (request.finding() == null || request.finding().isBlank()) {
                throw new IllegalArgumentException(action + " needs 'finding': the key of the finding decided on");
            }
            d.findingKey = request.finding().strip();
            target = findingOnVersion(machine, earlier, d.findingKey, submissionId);
            before = ReviewApplier.latestPerFinding(earlier).containsKey(d.findingKey)
                    ? ReviewApplier.latestPerFinding(earlier).get(d.findingKey).points() : target.points();
            if (Review.DISMISS.equals(action) && (request.reason() == null || request.reason().isBlank())) {
                throw new IllegalArgumentException("a dismissal needs a reason");
            }
            if (Review.ADJUST.equals(action)) {
                d.points = DecisionChecks.adjustedPoints(request.points(), bound(rulebook, target));
            }
        } else {
            throw new IllegalArgumentException("action must be one of CONFIRM, DISMISS, ADJUST, ADD");
        }
        d.on(table);
        d.action = action;
        d.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        d.finding = json.write(target);
        d.reviewer = reviewer;
        d.decidedAt = Instant.now();
        d.persist();
        em.flush();
        audit.record(table, reviewer, "DECISION_" + action, d.findingKey,
                before == null ? null : "points " + before.toPlainString(),
                describe(d, target));
        return new Decided(d.id, d.findingKey, publish(table, machineEntity, machine));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ScoreCard recordOutcome(UUID submissionId, OutcomeRequest request, String reviewer) {
        ScoredTableEntity table = latestTable(submissionId);
        requireOpen(table);
        if (request == null || request.round() == null || !rounds.of(table.batchId).contains(request.round().strip())) {
            throw new IllegalArgumentException("round must be one of " + rounds.of(table.batchId));
        }
        String outcome = request.outcome() == null ? "" : request.outcome().strip();
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome must be one of 通过, 退回修改, 终审通过");
        }
        if (Review.RETURNED.equals(outcome) && request.refileDeadline() == null) {
            throw new IllegalArgumentException("退回修改 needs a refileDeadline (yyyy-MM-dd)");
        }
        ScoreCardEntity machineEntity = machine(table);
        ScoreCard machine = json.readValue(machineEntity.body, ScoreCard.class);
        ScoreCard current = reviewed(table, machine, 0);
        if (!Review.RETURNED.equals(outcome) && current.review().unreviewedErrors() > 0) {
            List<String> keys = FindingIdentity.keys(current.findings());
            List<String> open = java.util.stream.IntStream.range(0, keys.size())
                    .filter(i -> current.findings().get(i).severity() == Severity.ERROR)
                    .mapToObj(keys::get)
                    .filter(k -> !ReviewApplier.latestPerFinding(stored(table)).containsKey(k))
                    .toList();
            throw new ReviewRefused("cannot sign off (" + outcome + "): " + open.size() + " error finding(s) not reviewed yet: " + open);
        }
        String round = request.round().strip();
        String previous = ReviewOutcomeEntity.ofTable(table).stream().filter(o -> o.round.equals(round))
                .reduce((a, b) -> b).map(o -> o.outcome).orElse(null);
        ReviewOutcomeEntity o = new ReviewOutcomeEntity();
        o.on(table);
        o.version = table.version;
        o.round = round;
        o.outcome = outcome;
        o.refileDeadline = Review.RETURNED.equals(outcome) ? request.refileDeadline() : null;
        o.reviewer = reviewer;
        o.decidedAt = Instant.now();
        o.persist();
        audit.record(table, reviewer, "OUTCOME", round, previous,
                outcome + (o.refileDeadline == null ? "" : " refile by " + o.refileDeadline));
        return publish(table, machineEntity, machine);
    }

    /** Whether the table has review state that a fresh machine score must carry (decisions, outcomes). */
    public boolean underReview(ScoredTableEntity table) {
        return ReviewDecisionEntity.anyOfTable(table) || ReviewOutcomeEntity.anyOfTable(table);
    }

    /** After a rescore or a refiled version: the decisions re-applied to the new machine card, stored and published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScoreCard rescored(ScoredTableEntity table, ScoreCardEntity machineEntity, ScoreCard machine) {
        ScoreCard card = publish(table, machineEntity, machine);
        long lapsed = card.review().decisions().stream().filter(d -> Review.LAPSED.equals(d.status())).count();
        audit.record(table, "scoring", "RESCORED", "version " + table.version,
                "machine " + machine.total().toPlainString() + " " + machine.grade(), "reviewed " + card.total().toPlainString() + " " + card.grade() + ", " + lapsed + " lapsed decision(s)");
        return card;
    }

    /** The reviewed card of the table's current version as it stands now (not stored). */
    public ScoreCard reviewed(ScoredTableEntity table, ScoreCard machine, int run) {
        List<ReviewOutcomeEntity> outcomes = ReviewOutcomeEntity.ofTable(table);
        boolean afterSignOff = outcomes.stream().anyMatch(o -> Review.FINAL.equals(o.outcome) && o.version < table.version);
        List<Review.RoundOutcome> rounds = outcomes.stream()
                .map(o -> new Review.RoundOutcome(o.round, o.outcome, o.refileDeadline, o.submissionId, o.version, o.decidedAt)).toList();
        return ReviewApplier.apply(machine, rulebooks.get(machine.rulebookVersion()), stored(table), rounds, afterSignOff, run, Instant.now());
    }

    private ScoreCard publish(ScoredTableEntity table, ScoreCardEntity machineEntity, ScoreCard machine) {
        int run = ScoreCardEntity.nextRun(table.submissionId);
        ScoreCard card = reviewed(table, machine, run);
        ScoreCardEntity entity = ScoreCardEntity.of(card, table.batchId, table.unitCode, json.write(card), machineEntity.crossUnitFinding);
        entity.persist();
        outbox.publish(Events.SUBMISSION_SCORED, table.batchId, card.submissionId(), card);
        return card;
    }

    List<ReviewApplier.StoredDecision> stored(ScoredTableEntity table) {
        return ReviewDecisionEntity.ofTable(table).stream()
                .map(d -> new ReviewApplier.StoredDecision(d.id, d.findingKey, d.action, d.points, d.reason,
                        d.finding == null ? null : json.readValue(d.finding, Finding.class), d.submissionId, d.decidedAt))
                .toList();
    }

    /** 404 for an unknown submission, 409 for a superseded version. */
    public ScoredTableEntity latestTable(UUID submissionId) {
        ScoredTableEntity table = ScoredTableEntity.findById(submissionId);
        if (table == null) {
            throw new NotFound("no submission " + submissionId);
        }
        if (!table.latest) {
            ScoredTableEntity newer = ScoredTableEntity.current(table.batchId, table.unitCode, table.tableKind, table.tableKey).orElse(null);
            throw new ReviewRefused("submission " + submissionId + " (version " + table.version + ") is superseded"
                    + (newer == null ? "" : " by version " + newer.version + " (" + newer.submissionId + ")") + "; review the latest version");
        }
        return table;
    }

    private void requireOpen(ScoredTableEntity table) {
        ReviewOutcomeEntity.ofTable(table).stream().filter(o -> Review.FINAL.equals(o.outcome)).findFirst().ifPresent(o -> {
            throw new ReviewRefused("the table was signed off (终审通过, round " + o.round + ", version " + o.version
                    + "); later versions are kept but flagged as after sign-off and take no further review");
        });
    }

    private ScoreCardEntity machine(ScoredTableEntity table) {
        return ScoreCardEntity.latestMachine(table.submissionId)
                .orElseThrow(() -> new ReviewRefused("submission " + table.submissionId + " has no score yet"));
    }

    /** The machine finding with this key, or a finding a reviewer added to this version. */
    private Finding findingOnVersion(ScoreCard machine, List<ReviewApplier.StoredDecision> earlier, String key, UUID submissionId) {
        List<String> keys = FindingIdentity.keys(machine.findings());
        int i = keys.indexOf(key);
        if (i >= 0) {
            return machine.findings().get(i);
        }
        return earlier.stream().filter(d -> Review.ADD.equals(d.action()) && key.equals(d.findingKey()) && submissionId.equals(d.submissionId()))
                .findFirst().map(ReviewApplier.StoredDecision::finding)
                .orElseThrow(() -> new NotFound("no finding '" + key + "' on submission " + submissionId));
    }

    /** A rule's finding may cost up to the rule's cap; an added finding up to its dimension's points. */
    private static BigDecimal bound(Rulebook rulebook, Finding f) {
        return rulebook.rules().stream().filter(r -> r.code().equals(f.ruleCode())).findFirst().map(RuleSpec::maxPoints)
                .orElse(rulebook.maxPoints(Dimension.fromKey(f.dimension())));
    }

    private static String describe(ReviewDecisionEntity d, Finding f) {
        StringBuilder s = new StringBuilder(d.action);
        if (d.points != null) {
            s.append(" points ").append(d.points.toPlainString());
        }
        if (d.reason != null) {
            s.append(" reason ").append(d.reason);
        }
        if (Review.ADD.equals(d.action)) {
            s.append(" [").append(f.dimension()).append("] ").append(f.evidence());
        }
        return s.toString();
    }

    /** The decision stored and the reviewed card it produced. */
    public record Decided(long decisionId, String findingKey, ScoreCard card) {
    }
}
