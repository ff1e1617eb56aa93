package org.perfreview.scoring.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.perfreview.scoring.ScoringConfig;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.RescoreJobEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.support.jobs.JobWorker;
import org.perfreview.support.problem.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-scores whole batches in the background (a new rulebook version, changed reference lists): a request only
 * queues a job; a worker takes the oldest open job chunk by chunk, one transaction per chunk, so a batch of
 * thousands of tables neither holds one long transaction nor blocks the request or the Kafka consumer that asked.
 * The job row keeps the cursor, so a crash resumes where it stopped and any replica can take the next chunk.
 */
@ApplicationScoped
public class RescoreJobs {

    private static final Logger LOG = Logger.getLogger(RescoreJobs.class);
    /** A chunk failing this often in a row fails the job instead of retrying forever. */
    static final int MAX_ATTEMPTS = 5;
    private static final int LISTED = 20;

    @Inject
    ScoringService scoring;
    @Inject
    RulebookService rulebooks;
    @Inject
    Event<Queued> queuedEvent;
    @Inject
    ScoringConfig config;

    private final JobWorker worker = new JobWorker("rescore-jobs", this::step);

    /** Fired inside the enqueuing transaction; the worker starts once it committed. */
    public record Queued(UUID jobId) {
    }

    /**
     * Queues a re-scoring of the batch. A job of the batch still waiting takes the request instead of a second
     * pass: it reads the batch's rulebook and lists when it runs, so it already covers what was asked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RescoreJobEntity enqueue(UUID batchId, String rulebookVersion, String reason, String requestedBy) {
        Optional<RescoreJobEntity> waiting = RescoreJobEntity.queued(batchId);
        RescoreJobEntity job = waiting.orElseGet(RescoreJobEntity::new);
        if (waiting.isEmpty()) {
            job.id = UUID.randomUUID();
            job.batchId = batchId;
            job.status = RescoreJobEntity.QUEUED;
            job.requestedAt = Instant.now();
        }
        job.rulebookVersion = rulebookVersion;
        job.reason = reason;
        job.requestedBy = requestedBy;
        job.persist();
        queuedEvent.fire(new Queued(job.id));
        return job;
    }

    /**
     * A caller asks to re-score the batch, optionally under another rulebook version, which the batch keeps from
     * then on. An unknown batch or version is refused before anything changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RescoreJobEntity request(UUID batchId, String rulebookVersion, String requestedBy) {
        BatchEntity batch = BatchEntity.findById(batchId);
        if (batch == null && ScoredTableEntity.countLatestOfBatch(batchId) == 0) {
            throw new NotFound("no batch " + batchId);
        }
        if (rulebookVersion != null) {
            rulebooks.get(rulebookVersion); // refuses an unknown version
            if (batch != null) {
                batch.rulebookOverride = rulebookVersion;
            }
        }
        String effective = rulebookVersion != null ? rulebookVersion : batch != null ? batch.rulebookOverride : null;
        return enqueue(batchId, effective, rulebookVersion != null ? "rulebook " + rulebookVersion : "requested", requestedBy);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        worker.trigger();
    }

    /** The safety net: jobs left open by a crash or queued by another replica are picked up here. */
    @Scheduled(every = "${perf.scoring.rescore.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.trigger();
    }

    /** Runs one chunk of the oldest open job in its own transaction; false when no job is open. */
    boolean step() {
        Optional<UUID> claimed = QuarkusTransaction.requiringNew().call(this::runChunk);
        return claimed.isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RescoreJobEntity job(UUID id) {
        RescoreJobEntity job = RescoreJobEntity.findById(id);
        if (job == null) {
            throw new NotFound("no re-scoring job " + id);
        }
        return job;
    }

    /** The batch's latest jobs, newest first (none for a batch never re-scored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RescoreJobEntity> ofBatch(UUID batchId) {
        return RescoreJobEntity.ofBatch(batchId, LISTED);
    }

    private Optional<UUID> runChunk() {
        Optional<RescoreJobEntity> open = RescoreJobEntity.claimOpen();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        RescoreJobEntity job = open.get();
        if (RescoreJobEntity.QUEUED.equals(job.status)) {
            job.status = RescoreJobEntity.RUNNING;
            job.startedAt = Instant.now();
            job.total = (int) ScoredTableEntity.countLatestOfBatch(job.batchId);
        }
        try {
            advance(job, QuarkusTransaction.requiringNew().call(() -> scoring.rescoreChunk(job.batchId, job.cursorSubmission, config.rescore().chunkSize())));
        } catch (RuntimeException e) {
            failed(job, e);
        }
        return Optional.of(job.id);
    }

    private void advance(RescoreJobEntity job, ScoringService.Chunk chunk) {
        job.attempts = 0;
        job.error = null;
        if (chunk.last() == null) {
            job.status = RescoreJobEntity.DONE;
            job.finishedAt = Instant.now();
            return;
        }
        job.cursorSubmission = chunk.last();
        job.done += chunk.count();
    }

    private void failed(RescoreJobEntity job, RuntimeException e) {
        job.attempts++;
        job.error = String.valueOf(e.getMessage());
        LOG.warnf(e, "re-scoring job %s: chunk after %s failed (attempt %d)", job.id, job.cursorSubmission, job.attempts);
        if (job.attempts >= MAX_ATTEMPTS) {
            job.status = RescoreJobEntity.FAILED;
            job.finishedAt = Instant.now();
        }
    }

    void shutdown(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
