package org.perfreview.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox backlog as gauges on /q/metrics: {@code perf_outbox_backlog} (rows written and not yet on Kafka),
 * {@code perf_outbox_oldest_pending_seconds} and {@code perf_outbox_parked} (rows the broker refused for good). Read
 * on a timer (the partial indexes of pending and parked rows make it cheap), not per scrape, so a scrape never waits on the database; while the database is away the last values stay.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final EntityManager em;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    @Inject
    public OutboxBacklog(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("perf_outbox_backlog", pending, AtomicLong::get)
                .description("outbox rows not yet published to Kafka").register(registry);
        Gauge.builder("perf_outbox_oldest_pending_seconds", oldestSeconds, AtomicLong::get)
                .description("age of the oldest unpublished outbox row").baseUnit("seconds").register(registry);
        Gauge.builder("perf_outbox_parked", parked, AtomicLong::get)
                .description("outbox rows the broker can never accept as they are, kept for an operator").register(registry);
    }

    @Scheduled(every = "${perf.outbox.backlog-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                            "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0),"
                                    + " (select count(*) from outbox_event where parked_at is not null)"
                                    + " from outbox_event where published_at is null and parked_at is null")
                    .getSingleResult());
            pending.set(((Number) row[0]).longValue());
            oldestSeconds.set(((Number) row[1]).longValue());
            parked.set(((Number) row[2]).longValue());
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    public long pending() {
        return pending.get();
    }
}
