package org.perfreview.support.housekeeping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Keeps the outbox and the inbox bounded: published outbox rows older than {@code perf.housekeeping.outbox-retention}
 * and processed-event ids older than {@code perf.housekeeping.processed-retention} are deleted, a slice per
 * transaction. Pending outbox rows, dead letters and every service's own data (audit log included) are never touched.
 * The processed-event retention must be longer than the retention of every topic the service consumes: a record
 * can only be delivered again while the topic still holds it, so its id is still known then (docs/architecture.md,
 * "Housekeeping").
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final int SLICE = 5000;

    @Inject
    EntityManager em;
    @Inject
    HousekeepingConfig config;

    @Scheduled(every = "${perf.housekeeping.interval}", delayed = "${perf.housekeeping.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("housekeeping postponed: %s", e.getMessage()); // database away: the next run catches up
        }
    }

    /** @return rows deleted (outbox + processed ids) */
    public int purge() {
        int outbox = inSlices("delete from outbox_event where seq in (select seq from outbox_event"
                + " where published_at < now() - make_interval(secs => ?1) limit " + SLICE + ")", config.outboxRetention());
        int processed = inSlices("delete from processed_event where ctid in (select ctid from processed_event"
                + " where processed_at < now() - make_interval(secs => ?1) limit " + SLICE + ")", config.processedRetention());
        if (outbox + processed > 0) {
            LOG.infof("housekeeping: %d published outbox rows and %d processed-event ids purged", outbox, processed);
        }
        return outbox + processed;
    }

    private int inSlices(String delete, Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(delete)
                    .setParameter(1, (double) retention.toSeconds()).executeUpdate());
            total += deleted;
        } while (deleted == SLICE);
        return total;
    }
}
