package org.perfreview.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

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
    @Inject
    MeterRegistry registry;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        trigger();
    }

    @Scheduled(every = "${perf.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        trigger();
    }

    /** Asks for one drain; triggers arriving while one is queued are folded into it. */
    public void trigger() {
        if (!worker.isShutdown() && scheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        try {
            int sent;
            int lockedOut = 0;
            do {
                sent = sender.sendBatch();
                if (sent > 0) {
                    registry.counter("perf_outbox_published_total").increment(sent);
                } else if (sent == OutboxSender.LOCKED_OUT && ++lockedOut <= MAX_LOCKED_OUT_RETRIES) {
                    // Another replica is relaying; its batch may have been read before our row committed.
                    Thread.sleep(LOCKED_OUT_PAUSE_MS);
                }
            } while (sent > 0 || (sent == OutboxSender.LOCKED_OUT && lockedOut <= MAX_LOCKED_OUT_RETRIES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Broker down or database away: rows stay pending and the timer tries again.
            LOG.debugf("outbox relay paused: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
