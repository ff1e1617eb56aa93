package org.perfreview.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.BatchAggregate;
import org.perfreview.report.persistence.RebuildJobStore;
import org.perfreview.report.persistence.ScoreCardStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * One incremental aggregate per batch, loaded from the stored cards the first time a batch is touched
 * after start-up, then updated card by card. Tracks which batches changed and when, for the debounced
 * city snapshot. With several replicas each consumes a share of the cards: before a city report is served or
 * published, {@link #catchUp} applies the cards the other replicas stored since this one last looked (applying
 * is idempotent and order-blind, so reading a card twice is harmless; see docs/architecture.md, "Replicas"), and
 * rebuilds its aggregate when a rebuild job of the batch finished since it was built ({@link RebuildJobs} runs the job on
 * one replica; every other replica's copy follows here).
 */
@ApplicationScoped
public class Aggregates {

    @Inject
    ScoreCardStore store;
    @Inject
    RebuildJobStore rebuildJobs;

    private final Map<UUID, BatchAggregate> byBatch = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> dirtySince = new ConcurrentHashMap<>();
    /** Bumped on every change that can alter a batch's city report; the cached report is valid for one value. */
    private final Map<UUID, AtomicLong> changes = new ConcurrentHashMap<>();
    private final Map<UUID, CachedReport> cityReports = new ConcurrentHashMap<>();
    /** Per batch: every card written by a transaction below this id is in the aggregate. */
    private final Map<UUID, Long> caughtUpBelow = new ConcurrentHashMap<>();
    /** Per batch: the latest finished rebuild job the aggregate was built after (empty: none). */
    private final Map<UUID, Optional<UUID>> rebuiltAfter = new ConcurrentHashMap<>();
    /** Per batch: the latest round and batch change seen, to notice those made on another replica. */
    private final Map<UUID, String> cityContexts = new ConcurrentHashMap<>();

    private record CachedReport(long changes, CityReport report) {
    }

    /** Must run inside a transaction (it may read the batch's stored cards). */
    public BatchAggregate of(UUID batchId) {
        return byBatch.computeIfAbsent(batchId, this::load);
    }

    /**
     * Must run inside a transaction: the aggregate with every card any replica has committed, and the cached city
     * report dropped when a round was published or the batch changed elsewhere.
     */
    public BatchAggregate catchUp(UUID batchId) {
        BatchAggregate aggregate = of(batchId);
        if (!rebuildJobs.latestDone(batchId).equals(rebuiltAfter.get(batchId))) {
            aggregate = rebuild(batchId); // a rebuild job finished on another replica since this copy was built
        }
        long below = store.finishedBelow();
        boolean changed = false;
        for (ScoreCardStore.StoredCard stored : store.writtenSince(batchId, caughtUpBelow.getOrDefault(batchId, 0L))) {
            // most are cards this replica consumed and applied itself: recognised by their key, not parsed again
            if (!aggregate.holds(stored.unitCode(), stored.kind(), stored.tableKey(), stored.version(), stored.scoringRun(),
                    stored.submissionId())) {
                changed |= aggregate.apply(store.card(stored));
            }
        }
        caughtUpBelow.merge(batchId, below, Math::max);
        String context = store.cityContext(batchId);
        if (changed || !context.equals(cityContexts.put(batchId, context))) {
            invalidate(batchId);
        }
        return aggregate;
    }

    private BatchAggregate load(UUID batchId) {
        caughtUpBelow.merge(batchId, store.finishedBelow(), Math::max); // read before the cards: none can slip between
        rebuiltAfter.put(batchId, rebuildJobs.latestDone(batchId)); // read before the cards too: a later rebuild is noticed
        return BatchAggregate.rebuild(batchId, Clock.systemUTC(), BatchAggregate.Limits.DEFAULT, store.ofBatch(batchId));
    }

    /**
     * Must run inside a transaction, and the result be read inside it: the current card of every table, whole, in the
     * city workbook's order, streamed from the stored cards (the aggregate keeps them compacted).
     */
    public Iterable<ScoreCard> currentCards(UUID batchId) {
        BatchAggregate aggregate = catchUp(batchId);
        Iterable<ScoreCard> stored = store.ofBatchByTable(batchId);
        return () -> StreamSupport.stream(stored.spliterator(), false).filter(aggregate::isCurrent).iterator();
    }

    /** A card just stored: the batch is dirty even when loading the aggregate already read the card. */
    public void apply(ScoreCard card) {
        UUID batchId = card.submission().batchId();
        of(batchId).apply(card);
        dirtySince.merge(batchId, Instant.now(), (old, now) -> now);
        invalidate(batchId);
    }

    /**
     * Must run inside a transaction: recomputes a batch's aggregate from the stored cards (a rebuild job, or a rebuild
     * another replica finished).
     */
    public BatchAggregate rebuild(UUID batchId) {
        caughtUpBelow.remove(batchId);
        BatchAggregate fresh = load(batchId);
        byBatch.put(batchId, fresh);
        touch(batchId);
        return fresh;
    }

    public void touch(UUID batchId) {
        dirtySince.put(batchId, Instant.now());
        invalidate(batchId);
    }

    /**
     * The batch's city report as built by {@code build} after the last change, built again only when something
     * changed since: a large batch's report is assembled once per change, not once per request.
     */
    public CityReport cityReport(UUID batchId, Supplier<CityReport> build) {
        AtomicLong counter = changes.get(batchId);
        long seen = counter == null ? 0 : counter.get();
        CachedReport cached = cityReports.get(batchId);
        if (cached != null && cached.changes() == seen) {
            return cached.report();
        }
        CityReport report = build.get();
        if (report != null) {
            // Tagged with the count read before building: a change during the build makes the next request rebuild.
            cityReports.put(batchId, new CachedReport(seen, report));
        }
        return report;
    }

    /** Something the city report shows changed (a card, the batch, a published round). */
    public void invalidate(UUID batchId) {
        changes.computeIfAbsent(batchId, id -> new AtomicLong()).incrementAndGet();
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
