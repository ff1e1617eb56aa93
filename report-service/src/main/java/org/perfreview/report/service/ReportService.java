package org.perfreview.report.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.perfreview.support.problem.NotFound;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.BatchAggregate;
import org.perfreview.report.aggregate.UnitReportBuilder;
import org.perfreview.report.persistence.ScoreCardStore;
import org.perfreview.support.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Score cards in, reports out: every new card updates its batch's aggregate and publishes the unit's
 * report; city snapshots are published by {@link CityReportPublisher} once changes settle.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ScoreCardStore store;
    @Inject
    Aggregates aggregates;
    @Inject
    Outbox outbox;
    @Inject
    NoticeService notices;
    @Inject
    TransactionSynchronizationRegistry transactions;
    /** The mapper REST responses are written with, so the cached JSON is byte for byte what the resource would write. */
    @Inject
    ObjectMapper mapper;

    /** Per batch: the city report last served as JSON, kept while {@link Aggregates} serves that same report. */
    private final Map<UUID, CityJson> cityJson = new ConcurrentHashMap<>();

    private final UnitReportBuilder unitReports = new UnitReportBuilder(Clock.systemUTC());

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(ScoreCard card) {
        aggregates.of(card.submission().batchId()); // loaded, if it is not yet, from the committed cards
        if (!store.add(card)) {
            return; // this card was stored before: nothing changes, nothing is published again
        }
        // The aggregate (what GET .../report serves and the city rounds publish) takes the card once it is committed:
        // a consumer applies a whole poll in one transaction (service-support inbox/Inbox.consumeAll), and figures
        // must never count cards whose unit reports are not written yet, or that roll back.
        transactions.registerInterposedSynchronization(new AfterCommit(() -> aggregates.apply(card)));
        UnitReport report = unitReports.build(store.ofUnit(card.submission().batchId(), card.submission().unitCode(), card));
        outbox.publish(Events.UNIT_REPORT_UPDATED, report.batchId(), card.submissionId(), report);
        notices.announce(card);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acceptBatch(Batch batch) {
        store.putBatch(batch);
        aggregates.touch(batch.id());
    }

    @Transactional
    public UnitReport unitReport(UUID batchId, String unitCode) {
        List<ScoreCard> cards = store.ofUnit(batchId, unitCode);
        if (cards.isEmpty()) {
            throw new NotFound("unit " + unitCode + " has no scored table in batch " + batchId);
        }
        return unitReports.build(cards);
    }

    /** The city report as of now (not waiting for the debounce): the latest round's number, fresh figures. */
    @Transactional
    public CityReport cityReport(UUID batchId) {
        aggregates.catchUp(batchId);
        CityReport report = aggregates.cityReport(batchId, () -> {
            Batch batch = store.batch(batchId).orElse(null);
            CityReport published = store.latestCityReport(batchId).orElse(null);
            if (batch == null && published == null && aggregates.of(batchId).tableCount() == 0) {
                return null;
            }
            int round = published == null ? 0 : published.round();
            return aggregates.of(batchId).snapshot(batch, round, published);
        });
        if (report == null) {
            throw new NotFound("no batch " + batchId);
        }
        return report;
    }

    /**
     * The city report as JSON with its entity tag: written again only when {@link #cityReport} returns a new report
     * (the aggregate hands back the same instance until something changes).
     */
    @Transactional
    public CityJson cityReportJson(UUID batchId) {
        CityReport report = cityReport(batchId);
        CityJson known = cityJson.get(batchId);
        if (known != null && known.report() == report) {
            return known;
        }
        CityJson written = CityJson.of(report, mapper);
        cityJson.put(batchId, written);
        return written;
    }

    /**
     * Publishes the next city round for a batch whose changes have settled: one replica at a time per batch (the
     * batch's advisory lock), built from every stored card, and only when cards or the batch changed since the
     * latest round.
     *
     * @return false when another replica is publishing this batch right now (try again later)
     */
    @Transactional
    public boolean publishCityReport(UUID batchId) {
        if (!store.lockCityReport(batchId)) {
            return false;
        }
        long cards = store.cardCount(batchId); // counted before catching up: the round holds at least these
        if (store.latestRoundIsCurrent(batchId, cards)) {
            return true; // another replica's round already shows this state
        }
        BatchAggregate aggregate = aggregates.catchUp(batchId);
        Batch batch = store.batch(batchId).orElse(null);
        CityReport published = store.latestCityReport(batchId).orElse(null);
        int round = published == null ? 1 : published.round() + 1;
        CityReport report = aggregate.snapshot(batch, round, published);
        store.addCityReport(report, cards);
        aggregates.invalidate(batchId); // the current report now compares with this round
        outbox.publish(Events.CITY_REPORT_UPDATED, batchId, null, report);
        return true;
    }

    /** Runs an in-memory update once the transaction committed (nothing when it rolled back). */
    private record AfterCommit(Runnable update) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                update.run();
            }
        }
    }
}
