package org.perfreview.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.BatchAggregate;
import org.perfreview.report.repository.ScoreCardStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One incremental aggregate per batch, loaded from the stored cards the first time a batch is touched
 * after start-up, then updated card by card. Tracks which batches changed and when, for the debounced
 * city snapshot.
 */
@ApplicationScoped
public class Aggregates {

    @Inject
    ScoreCardStore store;

    private final Map<UUID, BatchAggregate> byBatch = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> dirtySince = new ConcurrentHashMap<>();

    /** Must run inside a transaction (it may read the batch's stored cards). */
    public BatchAggregate of(UUID batchId) {
        return byBatch.computeIfAbsent(batchId, id -> BatchAggregate.rebuild(id, Clock.systemUTC(), BatchAggregate.Limits.DEFAULT, store.ofBatch(id)));
    }

    public void apply(ScoreCard card) {
        UUID batchId = card.submission().batchId();
        if (of(batchId).apply(card)) {
            dirtySince.merge(batchId, Instant.now(), (old, now) -> now);
        }
    }

    /** Recomputes a batch's aggregate from the stored cards (POST .../report/rebuild). */
    public BatchAggregate rebuild(UUID batchId) {
        BatchAggregate fresh = BatchAggregate.rebuild(batchId, Clock.systemUTC(), BatchAggregate.Limits.DEFAULT, store.ofBatch(batchId));
        byBatch.put(batchId, fresh);
        touch(batchId);
        return fresh;
    }

    public void touch(UUID batchId) {
        dirtySince.put(batchId, Instant.now());
    }

    /** Batches whose last change is older than {@code settledBefore}; they are no longer dirty afterwards. */
    public Set<UUID> takeSettled(Instant settledBefore) {
        Set<UUID> settled = ConcurrentHashMap.newKeySet();
        dirtySince.forEach((id, since) -> {
            if (since.isBefore(settledBefore) && dirtySince.remove(id, since)) {
                settled.add(id);
            }
        });
        return settled;
    }
}
