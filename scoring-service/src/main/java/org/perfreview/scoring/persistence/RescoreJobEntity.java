package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One background re-scoring of a batch: queued → running → done | failed, with its progress and cursor. */
@Entity
@Table(name = "rescore_job")
public class RescoreJobEntity extends PanacheEntityBase {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    public UUID id;
    public UUID batchId;
    public String rulebookVersion;
    public String reason;
    public String status;
    public String requestedBy;
    public Instant requestedAt;
    public Instant startedAt;
    public Instant finishedAt;
    public Integer total;
    public int done;
    public UUID cursorSubmission;
    public int attempts;
    public String error;

    /** A job of the batch not started yet: a new request joins it instead of queueing a second pass. */
    public static Optional<RescoreJobEntity> queued(UUID batchId) {
        return find("batchId = ?1 and status = ?2", batchId, QUEUED).firstResultOptional();
    }

    /**
     * The oldest open job no other transaction holds, locked until this one ends (any replica may work on it). A
     * batch's later job waits for its earlier one, so two replicas never re-score the same batch side by side.
     */
    @SuppressWarnings("unchecked")
    public static Optional<RescoreJobEntity> claimOpen() {
        List<UUID> ids = getEntityManager().createNativeQuery("select j.id from rescore_job j where j.status in ('queued', 'running')"
                + " and not exists (select 1 from rescore_job e where e.batch_id = j.batch_id and e.status in ('queued', 'running')"
                + " and e.requested_at < j.requested_at)"
                + " order by j.requested_at limit 1 for update skip locked").getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(findById(ids.get(0)));
    }

    public static List<RescoreJobEntity> ofBatch(UUID batchId, int limit) {
        return find("batchId = ?1 order by requestedAt desc", batchId).page(0, limit).list();
    }
}
