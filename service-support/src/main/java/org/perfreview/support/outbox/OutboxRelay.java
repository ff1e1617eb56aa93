package org.perfreview.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.perfreview.support.jobs.JobWorker;


/**
 * Moves committed outbox rows to Kafka: right after each commit (coalesced on one thread) and on a
 * timer as the safety net for rows left behind by a crash or a broker outage. With several replicas one
 * relays at a time ({@link OutboxSender}); the others retry briefly, so their rows still leave within
 * milliseconds when the active relay has already read its batch.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** While another replica holds the relay lock: retry this often, this many times, then leave it to the timer. */
    private static final long LOCKED_OUT_PAUSE_MS = 20;
    private static final int MAX_LOCKED_OUT_RETRIES = 50;

    @Inject
    OutboxSender sender;

    // Broker down or database away: rows stay pending and the timer tries again every second. The first failure is a
    // warning and the recovery is logged, the retries in between are debug: a relay that stays paused must show, a
    // broker outage must not flood the log.
    private final JobWorker worker = new JobWorker("outbox-relay", this::sendOnce, this::onPause);
    /** The relay's last batch failed; only the worker's thread touches it. */
    private boolean paused;
    /** Consecutive batches refused because another replica held the relay lock; only the worker's thread touches it. */
    private int lockedOut;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        trigger();
    }

    @Scheduled(every = "${perf.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        trigger();
    }

    /** Asks for one drain; triggers arriving while one is queued are folded into it. */
    public void trigger() {
        worker.trigger();
    }

    /** One batch; true while there may be more to send (rows sent, or another replica's lock worth waiting out). */
    private boolean sendOnce() {
        int sent;
        try {
            sent = sender.sendBatch();
        } catch (RuntimeException e) {
            lockedOut = 0;
            throw e;
        }
        if (paused) {
            paused = false;
            LOG.info("outbox relay resumed");
        }
        if (sent > 0) {
            return true;
        }
        if (sent == OutboxSender.LOCKED_OUT && ++lockedOut <= MAX_LOCKED_OUT_RETRIES) {
            // Another replica is relaying; its batch may have been read before our row committed.
            try {
                Thread.sleep(LOCKED_OUT_PAUSE_MS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping
            }
        }
        lockedOut = 0;
        return false;
    }

    private void onPause(RuntimeException e) {
        if (paused) {
            LOG.debugf("outbox relay still paused: %s", e.getMessage());
        } else {
            paused = true;
            LOG.warnf("outbox relay paused, events stay pending and are retried every poll: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
