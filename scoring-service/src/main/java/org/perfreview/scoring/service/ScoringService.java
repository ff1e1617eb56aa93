package org.perfreview.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.DbBatchView;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rules.ReferenceLists;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleReach;
import org.perfreview.scoring.score.ScoringEngine;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the latest version of every unit table, scores what arrives, and re-scores the other tables whose
 * cross-table rules read it (what the rules declare, see {@link CrossTableRescoring}); every score goes out
 * through the outbox (as a reviewed card when reviewers have decided on the table).
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
    CrossTableRescoring crossTable;
    @Inject
    ReviewService review;

    private final CheckRegistry checks = CheckRegistry.standard();
    private final ScoringEngine engine = new ScoringEngine(checks);
    private final RuleReach reach = new RuleReach(checks);
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
        DbBatchView batch = new DbBatchView(em, json, ref.batchId());
        score(table, settings, ref, event.table(), batch);
        if (newest) {
            // Tables whose cross-table rules read this one were scored before it existed (rules/Reach.java).
            NormalizedTable replaced = current.map(c -> json.readValue(c.tableJson, NormalizedTable.class)).orElse(null);
            Rulebook rulebook = rulebooks.get(settings.rulebookVersion());
            for (ScoredTableEntity other : crossTable.affected(reach, rulebook, table, event.table(), replaced, batch)) {
                score(other, settings);
            }
        }
    }

    /**
     * Re-scores the next {@code limit} latest tables of the batch after {@code after} (by submission id) under
     * the batch's current lists and rulebook. Called by {@link RescoreJobs}, one chunk per transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Chunk rescoreChunk(UUID batchId, UUID after, int limit) {
        Settings settings = settings(batchId);
        UUID last = null;
        int count = 0;
        for (ScoredTableEntity t : ScoredTableEntity.latestOfBatchAfter(batchId, after, limit)) {
            score(t, settings);
            last = t.submissionId;
            count++;
        }
        return new Chunk(count, last);
    }

    /** How many tables a chunk re-scored and the last of them (null when none was left after the cursor). */
    public record Chunk(int count, UUID last) {
    }

    private void score(ScoredTableEntity stored, Settings settings) {
        score(stored, settings, json.readValue(stored.submission, SubmissionRef.class), json.readValue(stored.tableJson, NormalizedTable.class),
                new DbBatchView(em, json, stored.batchId));
    }

    /** Scores a stored table whose submission and table are already in hand (the event just read, or parsed from storage). */
    private void score(ScoredTableEntity stored, Settings settings, SubmissionRef ref, NormalizedTable table, DbBatchView batch) {
        RuleContext context = new RuleContext(table, ref, settings.batch(), batch, Instant.now())
                .withReferenceLists(settings.lists());
        Rulebook rulebook = rulebooks.get(settings.rulebookVersion());
        ScoreCard scored = engine.score(rulebook, context);
        int run = ScoreCardEntity.nextRun(stored.submissionId);
        ScoreCard card = new ScoreCard(ref.submissionId(), ref.unitCode(), ref.unitName(), scored.rulebookVersion(), scored.total(),
                scored.grade(), scored.action(), scored.dimensions(), scored.findings(), scored.outcomes(), ref, scored.facts(),
                Instant.now(), run, false, null, scored.provisionalDimensions());
        ScoreCardEntity entity = ScoreCardEntity.of(card, stored.batchId, stored.unitCode, json.write(card), reach.crossUnitFinding(rulebook, card));
        entity.persist();
        if (review.underReview(stored)) {
            review.rescored(stored, entity, card); // reviewer decisions carry over: the reviewed card goes out instead
            return;
        }
        outbox.publish(Events.SUBMISSION_SCORED, stored.batchId, card.submissionId(), card);
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
            return new Settings(null, ParsedBatch.NONE.lists(), null);
        }
        Object[] row = (Object[]) rows.get(0);
        String override = (String) row[1];
        ParsedBatch parsed = parsed(batchId, String.valueOf(row[0]));
        return new Settings(parsed.batch(), parsed.lists(), override != null ? override : parsed.batch().rulebookVersion());
    }

    private record Settings(Batch batch, ReferenceLists lists, String rulebookVersion) {
    }

    /**
     * The batch as parsed the last time it changed, with its reference lists indexed: the same for every table
     * until intake publishes a change, so the lists are read and indexed once per batch version, not once per table.
     */
    private ParsedBatch parsed(UUID batchId, String updatedAt) {
        ParsedBatch cached = parsedBatches.get(batchId);
        if (cached != null && cached.updatedAt().equals(updatedAt)) {
            return cached;
        }
        BatchEntity entity = BatchEntity.findById(batchId);
        Batch batch = json.readValue(entity.body, Batch.class);
        ParsedBatch parsed = new ParsedBatch(updatedAt, batch, ReferenceLists.of(batch));
        parsedBatches.put(batchId, parsed);
        return parsed;
    }

    private record ParsedBatch(String updatedAt, Batch batch, ReferenceLists lists) {
        static final ParsedBatch NONE = new ParsedBatch("", null, ReferenceLists.of(null));
    }
}
