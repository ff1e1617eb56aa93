package org.perfreview.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.perfreview.support.SqlValues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rebuild jobs (table {@code rebuild_job}, migration V3): queued by a request, claimed by whichever replica's worker
 * locks the row first, and read by every replica to learn that a batch was rebuilt. Call inside a transaction.
 */
@ApplicationScoped
public class RebuildJobStore {

    private static final String COLUMNS = "select id, batch_id, status, requested_by, requested_at, started_at, finished_at,"
            + " tables, error from rebuild_job";
    /** A waiting job can start between the insert that found it and the read: then one more insert queues a new one. */
    private static final int QUEUE_ATTEMPTS = 3;

    @Inject
    EntityManager em;

    /**
     * The batch's waiting job, queued now when there is none: a request made while one waits joins it (the unique index
     * {@code rebuild_job_waiting} decides between concurrent requests on any replica).
     */
    public RebuildJob queue(UUID batchId, String requestedBy) {
        for (int attempt = 0; attempt < QUEUE_ATTEMPTS; attempt++) {
            em.createNativeQuery("insert into rebuild_job(id, batch_id, status, requested_by) values (?1, ?2, 'queued', ?3)"
                            + " on conflict (batch_id) where status = 'queued' do nothing")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, batchId).setParameter(3, requestedBy).executeUpdate();
            Optional<RebuildJob> waiting = first(em.createNativeQuery(COLUMNS + " where batch_id = ?1 and status = 'queued'").setParameter(1, batchId));
            if (waiting.isPresent()) {
                return waiting.get();
            }
        }
        throw new IllegalStateException("no rebuild job could be queued for batch " + batchId);
    }

    public Optional<RebuildJob> find(UUID id) {
        return first(em.createNativeQuery(COLUMNS + " where id = ?1").setParameter(1, id));
    }

    /** The batch's latest jobs, newest first. */
    public List<RebuildJob> ofBatch(UUID batchId, int limit) {
        return list(em.createNativeQuery(COLUMNS + " where batch_id = ?1 order by requested_at desc limit " + limit).setParameter(1, batchId));
    }

    /**
     * The oldest open job no other transaction holds, marked running (a running one was left by a worker that stopped);
     * locked until this transaction ends. A batch's later job waits for its earlier one.
     */
    public Optional<RebuildJob> claimOpen() {
        List<?> ids = em.createNativeQuery("select j.id from rebuild_job j where j.status in ('queued', 'running')"
                + " and not exists (select 1 from rebuild_job e where e.batch_id = j.batch_id and e.status in ('queued', 'running')"
                + " and e.requested_at < j.requested_at)"
                + " order by j.requested_at limit 1 for update skip locked").getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        UUID id = (UUID) ids.get(0);
        em.createNativeQuery("update rebuild_job set status = 'running', started_at = clock_timestamp() where id = ?1 and status = 'queued'")
                .setParameter(1, id).executeUpdate();
        return find(id);
    }

    /** Locks a running job for the transaction that runs it; false when another one holds it or it has ended. */
    public boolean lockRunning(UUID id) {
        return !em.createNativeQuery("select id from rebuild_job where id = ?1 and status = 'running' for update skip locked")
                .setParameter(1, id).getResultList().isEmpty();
    }

    public void finish(UUID id) {
        em.createNativeQuery("update rebuild_job set status = 'done', finished_at = clock_timestamp(), error = null where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    public void recordTables(UUID id, int tables) {
        em.createNativeQuery("update rebuild_job set tables = ?2 where id = ?1").setParameter(1, id).setParameter(2, tables).executeUpdate();
    }

    public void fail(UUID id, String error) {
        em.createNativeQuery("update rebuild_job set status = 'failed', finished_at = clock_timestamp(), error = ?2"
                + " where id = ?1 and status = 'running'").setParameter(1, id).setParameter(2, error).executeUpdate();
    }

    /** The batch's latest finished rebuild; a replica whose aggregate predates it rebuilds its own. */
    public Optional<UUID> latestDone(UUID batchId) {
        List<?> ids = em.createNativeQuery("select id from rebuild_job where batch_id = ?1 and status = 'done'"
                + " order by finished_at desc limit 1").setParameter(1, batchId).getResultList();
        return ids.stream().map(UUID.class::cast).findFirst();
    }

    private static Optional<RebuildJob> first(Query query) {
        return list(query).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<RebuildJob> list(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new RebuildJob((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], SqlValues.instant(r[4]), SqlValues.instant(r[5]), SqlValues.instant(r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8])).toList();
    }
}
