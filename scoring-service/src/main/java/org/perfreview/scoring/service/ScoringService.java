package org.perfreview.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.events.Topics;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.DbBatchView;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.score.ScoringEngine;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the latest version of every unit table, scores what arrives, and re-scores the unit's other
 * tables whose cross-table rules depend on it and the other units' tables whose goals it copies; every
 * score goes out through the outbox (as a reviewed card when reviewers have decided on the table).
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    Outbox outbox;
    @Inject
    RulebookService rulebooks;
    @Inject
    CopiedGoals copiedGoals;
    @Inject
    ReviewService review;

    private final ScoringEngine engine = new ScoringEngine(CheckRegistry.standard());
    private final Map<UUID, ParsedBatch> parsedBatches = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(SubmissionNormalized event) {
        SubmissionRef ref = event.submission();
        if (ScoredTableEntity.findById(ref.submissionId()) != null) {
            return; // the same submission published twice (outbox retry after a crash): nothing new
        }
        String tableKey = ref.tableKey() == null ? "" : ref.tableKey();
        Optional<ScoredTableEntity> current = ScoredTableEntity.current(ref.batchId(), ref.unitCode(), ref.tableKind().name(), tableKey);
        boolean newest = current.map(c -> c.version < ref.version()).orElse(true);
        ScoredTableEntity table = new ScoredTableEntity();
        table.submissionId = ref.submissionId();
        table.batchId = ref.batchId();
        table.unitCode = ref.unitCode();
        table.tableKind = ref.tableKind().name();
        table.tableKey = tableKey;
        table.version = ref.version();
        table.latest = newest;
        table.submission = json.write(ref);
        table.tableJson = json.write(event.table());
        table.receivedAt = ref.receivedAt() == null ? Instant.now() : ref.receivedAt();
        if (newest && current.isPresent()) {
            current.get().latest = false;
            DbBatchView.unindex(em, current.get().submissionId);
        }
        table.persist();
        em.flush();
        if (newest) {
            DbBatchView.index(em, ref.batchId(), ref.submissionId(), ref.unitCode(), event.table());
        }
        Settings settings = settings(ref.batchId());
        score(table, settings, ref, event.table());
        if (newest) {
            // Cross-table rules (project sum vs overall, staff, copied goals) depend on the unit's other tables.
            for (ScoredTableEntity sibling : ScoredTableEntity.latestOfUnit(ref.batchId(), ref.unitCode())) {
                if (!sibling.submissionId.equals(table.submissionId)) {
                    score(sibling, settings);
                }
            }
            // The other units' tables this one copies were scored before the copy existed.
            Rulebook rulebook = rulebooks.get(settings.rulebookVersion());
            Set<UUID> rescored = new HashSet<>();
            for (ScoredTableEntity copied : copiedGoals.toRescore(rulebook, table, event.table())) {
                score(copied, settings);
                rescored.add(copied.submissionId);
            }
            // And the tables flagged as copies of this unit's previous goals may no longer be copies.
            if (current.isPresent()) {
                NormalizedTable previous = json.readValue(current.get().tableJson, NormalizedTable.class);
                for (ScoredTableEntity formerCopy : copiedGoals.flaggedAgainst(rulebook, current.get(), previous)) {
                    if (rescored.add(formerCopy.submissionId)) {
                        score(formerCopy, settings);
                    }
                }
            }
        }
    }

    /** Re-scores every latest table of the batch (new reference lists, deadline or rulebook). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescoreBatch(UUID batchId) {
        Settings settings = settings(batchId);
        List<ScoredTableEntity> tables = ScoredTableEntity.latestOfBatch(batchId);
        for (ScoredTableEntity t : tables) {
            score(t, settings);
        }
        return tables.size();
    }

    private void score(ScoredTableEntity stored, Settings settings) {
        score(stored, settings, json.readValue(stored.submission, SubmissionRef.class), json.readValue(stored.tableJson, NormalizedTable.class));
    }

    /** Scores a stored table whose submission and table are already in hand (the event just read, or parsed from storage). */
    private void score(ScoredTableEntity stored, Settings settings, SubmissionRef ref, NormalizedTable table) {
        RuleContext context = new RuleContext(table, ref, settings.batch(), new DbBatchView(em, json, stored.batchId), Instant.now());
        Rulebook rulebook = rulebooks.get(settings.rulebookVersion());
        ScoreCard scored = engine.score(rulebook, context);
        int run = ScoreCardEntity.nextRun(stored.submissionId);
        ScoreCard card = new ScoreCard(ref.submissionId(), ref.unitCode(), ref.unitName(), scored.rulebookVersion(), scored.total(),
                scored.grade(), scored.action(), scored.dimensions(), scored.findings(), scored.outcomes(), ref, scored.facts(),
                Instant.now(), run, false, null, scored.provisionalDimensions());
        ScoreCardEntity entity = ScoreCardEntity.of(card, stored.batchId, stored.unitCode, json.write(card), CopiedGoals.flagged(rulebook, card));
        entity.persist();
        if (review.underReview(stored)) {
            review.rescored(stored, entity, card); // reviewer decisions carry over: the reviewed card goes out instead
            return;
        }
        outbox.publish(Topics.SUBMISSIONS_SCORED, stored.unitCode,
                EventEnvelope.of(EventTypes.SUBMISSION_SCORED, EventTypes.CURRENT_VERSION, stored.batchId, card.submissionId(), card));
    }

    /**
     * The batch (null until its event arrives) and the rulebook version it is scored with, read once per pass. Only
     * {@code updated_at} and the override are read per table; the body (with its reference lists) is read and
     * parsed again only when intake published a change.
     */
    private Settings settings(UUID batchId) {
        List<?> rows = em.createNativeQuery("select updated_at, rulebook_override from batch where id = ?1")
                .setParameter(1, batchId)
                .getResultList();
        if (rows.isEmpty()) {
            return new Settings(null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        String override = (String) row[1];
        Batch batch = parsed(batchId, String.valueOf(row[0]));
        return new Settings(batch, override != null ? override : batch.rulebookVersion());
    }

    private record Settings(Batch batch, String rulebookVersion) {
    }

    /**
     * The batch as parsed the last time it changed: the same object (and the same reference lists) for every
     * table until intake publishes a change, so the lists are read and indexed once, not once per table.
     */
    private Batch parsed(UUID batchId, String updatedAt) {
        ParsedBatch cached = parsedBatches.get(batchId);
        if (cached != null && cached.updatedAt().equals(updatedAt)) {
            return cached.batch();
        }
        BatchEntity entity = BatchEntity.findById(batchId);
        Batch batch = json.readValue(entity.body, Batch.class);
        parsedBatches.put(batchId, new ParsedBatch(updatedAt, batch));
        return batch;
    }

    private record ParsedBatch(String updatedAt, Batch batch) {
    }
}
