package org.perfreview.report.service;

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
import org.perfreview.report.persistence.RebuildJob;
import org.perfreview.report.persistence.RebuildJobStore;
import org.perfreview.report.persistence.ScoreCardStore;
import org.perfreview.support.jobs.JobWorker;
import org.perfreview.support.problem.NotFound;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds a batch's aggregate from its stored cards in the background (POST .../report/rebuild): a request only queues
 * a job, so reading a large batch's cards never holds the request; whichever replica's worker claims the job rebuilds
 * its own aggregate, and every other replica rebuilds its copy before it next serves or publishes the batch's city
 * report ({@link Aggregates#catchUp}). The job does not publish a round itself: the rebuilt aggregate goes through the
 * usual debounced publication, which publishes only when the batch's state changed (docs/architecture.md, "Replicas").
 */
@ApplicationScoped
public class RebuildJobs {

    private static final Logger LOG = Logger.getLogger(RebuildJobs.class);
    private static final int LISTED = 20;

    @Inject
    RebuildJobStore jobs;
    @Inject
    ScoreCardStore store;
    @Inject
    Aggregates aggregates;
    @Inject
    Event<Queued> queuedEvent;

    private final JobWorker worker = new JobWorker("rebuild-jobs", this::step);

    /** Fired inside the enqueuing transaction; the worker starts once it committed. */
    public record Queued(UUID jobId) {
    }

    /** Queues a rebuild of the batch, or joins its job still waiting; an unknown batch is refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RebuildJob request(UUID batchId, String requestedBy) {
        if (!store.knows(batchId)) {
            throw new NotFound("no batch " + batchId);
        }
        RebuildJob job = jobs.queue(batchId, requestedBy);
        queuedEvent.fire(new Queued(job.id()));
        return job;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RebuildJob job(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("no rebuild job " + id));
    }

    /** The batch's latest jobs, newest first (none for a batch never rebuilt). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RebuildJob> ofBatch(UUID batchId) {
        return jobs.ofBatch(batchId, LISTED);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        worker.trigger();
    }

    /** The safety net: jobs left open by a stopped replica or queued on another one are picked up here. */
    @Scheduled(every = "${perf.report.rebuild.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.trigger();
    }

    /**
     * Runs the oldest open job: marked running in a transaction of its own (so callers see it), then rebuilt in a second
     * one that holds the job's row lock; false when no job is open.
     */
    boolean step() {
        Optional<RebuildJob> claimed = QuarkusTransaction.requiringNew().call(jobs::claimOpen);
        if (claimed.isEmpty()) {
            return false;
        }
        RebuildJob job = claimed.get();
        try {
            QuarkusTransaction.requiringNew().run(() -> run(job));
        } catch (RuntimeException e) {
            LOG.warnf(e, "rebuild job %s of batch %s failed", job.id(), job.batchId());
            QuarkusTransaction.requiringNew().run(() -> jobs.fail(job.id(), String.valueOf(e.getMessage())));
        }
        return true;
    }

    private void run(RebuildJob job) {
        if (!jobs.lockRunning(job.id())) {
            return; // another replica's worker holds it, or it ended meanwhile
        }
        // Done before the rebuild reads the cards, in the same transaction: the rebuilt aggregate then counts as built
        // after this job, so this replica does not rebuild it once more when it next catches up.
        jobs.finish(job.id());
        jobs.recordTables(job.id(), aggregates.rebuild(job.batchId()).tableCount());
    }

    void shutdown(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
