package org.perfreview.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.support.EventJson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Score cards as received (every version and run), batches, and published city snapshots; shared by every replica of
 * the service, so it is also where a replica learns what the others consumed.
 */
@ApplicationScoped
public class ScoreCardStore {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;

    /** Stores a card; false when this exact card (submission + scoring run) was stored before. */
    public boolean add(ScoreCard card) {
        var ref = card.submission();
        return em.createNativeQuery("insert into score_card(submission_id, scoring_run, batch_id, unit_code, table_kind, table_key, version, body)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, card.submissionId()).setParameter(2, card.scoringRun()).setParameter(3, ref.batchId())
                .setParameter(4, ref.unitCode()).setParameter(5, ref.tableKind().name())
                .setParameter(6, ref.tableKey() == null ? "" : ref.tableKey()).setParameter(7, ref.version())
                .setParameter(8, json.write(card)).executeUpdate() == 1;
    }

    /**
     * Every stored card of a batch, read one row at a time (a large batch's cards are never all in memory at once);
     * iterate inside the caller's transaction.
     */
    public Iterable<ScoreCard> ofBatch(UUID batchId) {
        return streamed(() -> em.createNativeQuery("select body from score_card where batch_id = ?1 order by received_at")
                .setParameter(1, batchId), (String b) -> json.readValue(b, ScoreCard.class));
    }

    /**
     * Like {@link #ofBatch}, in the order the city workbook lists tables: unit code (none first), table kind in
     * {@link TableKind} order, table key.
     */
    public Iterable<ScoreCard> ofBatchByTable(UUID batchId) {
        return streamed(() -> em.createNativeQuery("select body from score_card where batch_id = ?1"
                        + " order by unit_code nulls first, " + KIND_ORDER + ", table_key, version, scoring_run")
                .setParameter(1, batchId), (String b) -> json.readValue(b, ScoreCard.class));
    }

    /** A query's rows read one at a time (fetched 200 at once), each mapped as it comes; iterate inside the transaction. */
    @SuppressWarnings("unchecked")
    private static <R, T> Iterable<T> streamed(Supplier<Query> query, Function<R, T> map) {
        return () -> ((Stream<R>) query.get().setHint("org.hibernate.fetchSize", 200).getResultStream()).map(map).iterator();
    }

    /** {@code case table_kind when 'A' then 0 ... end}: the enum's order, from the enum itself. */
    private static final String KIND_ORDER = Arrays.stream(TableKind.values())
            .map(k -> " when '" + k.name() + "' then " + k.ordinal()).collect(Collectors.joining("", "case table_kind", " end"));

    public List<ScoreCard> ofUnit(UUID batchId, String unitCode) {
        return ofUnit(batchId, unitCode, null);
    }

    /**
     * Every stored card of a unit, oldest first, with {@code known} (a card stored in this transaction, or null) taken
     * as it is instead of read back: a unit report is rebuilt on each card, and most units have one table, so this
     * saves reading and parsing the body just written.
     */
    @SuppressWarnings("unchecked")
    public List<ScoreCard> ofUnit(UUID batchId, String unitCode, ScoreCard known) {
        if (known == null) {
            return ((List<String>) em.createNativeQuery("select body from score_card where batch_id = ?1 and unit_code = ?2"
                            + " order by version, scoring_run").setParameter(1, batchId).setParameter(2, unitCode).getResultList())
                    .stream().map(b -> json.readValue(b, ScoreCard.class)).toList();
        }
        // The known card's body is not even sent back: null marks its place in the order.
        List<String> bodies = em.createNativeQuery("select case when submission_id = ?3 and scoring_run = ?4 then null else body end"
                        + " from score_card where batch_id = ?1 and unit_code = ?2 order by version, scoring_run")
                .setParameter(1, batchId).setParameter(2, unitCode).setParameter(3, known.submissionId())
                .setParameter(4, known.scoringRun()).getResultList();
        return bodies.stream().map(b -> b == null ? known : json.readValue(b, ScoreCard.class)).toList();
    }

    /**
     * Every transaction below this id has ended (PostgreSQL's snapshot xmin): cards written by them are all visible
     * now, so a reader that has read every card with {@code written_xid >= } its previous value misses none.
     */
    public long finishedBelow() {
        return ((Number) em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").getSingleResult()).longValue();
    }

    /**
     * Cards of a batch stored by transactions from {@code xid} on (whichever replica consumed them), read one row at a
     * time; iterate inside the caller's transaction. Each comes with its table and version, so a reader that already
     * holds it (a replica reading back the cards it consumed itself) need not parse its body.
     */
    public Iterable<StoredCard> writtenSince(UUID batchId, long xid) {
        return streamed(() -> em.createNativeQuery("select submission_id, scoring_run, unit_code, table_kind, table_key, version,"
                        + " body from score_card where batch_id = ?1 and written_xid >= ?2").setParameter(1, batchId).setParameter(2, xid),
                (Object[] r) -> new StoredCard((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], TableKind.valueOf((String) r[3]),
                        (String) r[4], ((Number) r[5]).intValue(), (String) r[6]));
    }

    /** A stored card's table, version and run, with its body unparsed ({@link #card} parses it). */
    public record StoredCard(UUID submissionId, int scoringRun, String unitCode, TableKind kind, String tableKey, int version,
                             String body) {
    }

    public ScoreCard card(StoredCard stored) {
        return json.readValue(stored.body(), ScoreCard.class);
    }

    /** What the city report reads besides the cards, as one comparable value: the latest round and the batch's last change. */
    public String cityContext(UUID batchId) {
        Object[] row = (Object[]) em.createNativeQuery("select (select max(round) from city_report where batch_id = ?1),"
                + " (select updated_at from batch where id = ?1)").setParameter(1, batchId).getSingleResult();
        return row[0] + "|" + row[1];
    }

    /** True when the service has heard of the batch: its row, a card of it or a published round. */
    public boolean knows(UUID batchId) {
        return Boolean.TRUE.equals(em.createNativeQuery("select exists (select 1 from batch where id = ?1)"
                + " or exists (select 1 from score_card where batch_id = ?1) or exists (select 1 from city_report where batch_id = ?1)")
                .setParameter(1, batchId).getSingleResult());
    }

    public long cardCount(UUID batchId) {
        return ((Number) em.createNativeQuery("select count(*) from score_card where batch_id = ?1").setParameter(1, batchId)
                .getSingleResult()).longValue();
    }

    /** Takes the batch's city-report lock until the transaction ends; false when another replica holds it. */
    public boolean lockCityReport(UUID batchId) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('city-report:' || ?1, 0))")
                .setParameter(1, batchId.toString()).getSingleResult());
    }

    /** True when the latest published round was built from exactly the cards and the batch there are now. */
    public boolean latestRoundIsCurrent(UUID batchId, long cards) {
        List<?> rows = em.createNativeQuery("select 1 from city_report r where r.batch_id = ?1 and r.cards_seen = ?2"
                        + " and r.batch_seen is not distinct from (select updated_at from batch where id = ?1)"
                        + " and r.round = (select max(round) from city_report where batch_id = ?1)")
                .setParameter(1, batchId).setParameter(2, cards).getResultList();
        return !rows.isEmpty();
    }

    public void putBatch(Batch batch) {
        em.createNativeQuery("insert into batch(id, body) values (?1, ?2) on conflict (id) do update set body = excluded.body, updated_at = now()")
                .setParameter(1, batch.id()).setParameter(2, json.write(batch)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Batch> batch(UUID batchId) {
        List<String> rows = em.createNativeQuery("select body from batch where id = ?1").setParameter(1, batchId).getResultList();
        return rows.stream().findFirst().map(b -> json.readValue(b, Batch.class));
    }

    @SuppressWarnings("unchecked")
    public Optional<CityReport> latestCityReport(UUID batchId) {
        List<String> rows = em.createNativeQuery("select body from city_report where batch_id = ?1 order by round desc limit 1")
                .setParameter(1, batchId).getResultList();
        return rows.stream().findFirst().map(b -> json.readValue(b, CityReport.class));
    }

    /** @param cards how many stored cards of the batch the report was built from (see {@link #latestRoundIsCurrent}) */
    public void addCityReport(CityReport report, long cards) {
        em.createNativeQuery("insert into city_report(batch_id, round, body, cards_seen, batch_seen)"
                        + " values (?1, ?2, ?3, ?4, (select updated_at from batch where id = ?1)) on conflict do nothing")
                .setParameter(1, report.batchId()).setParameter(2, report.round()).setParameter(3, json.write(report))
                .setParameter(4, cards).executeUpdate();
    }
}
