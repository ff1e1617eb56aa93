package org.perfreview.support.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.perfreview.contracts.events.Topics;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.deadletter.DeadLetterStore;

import java.util.UUID;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the handler's effect, so
 * a redelivered event changes nothing. Transient failures (database away) are retried in place, which
 * holds the partition and its offsets until the database is back; poison messages and repeated
 * failures are stored as dead letters and rethrown so the connector sends them to the dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    DeadLetterStore deadLetters;
    @Inject
    MeterRegistry registry;
    @Inject
    ConsumerGate gate;

    @ConfigProperty(name = "perf.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;
    @ConfigProperty(name = "perf.consumer.transient-retry-limit", defaultValue = "600")
    int transientRetryLimit;

    public void consume(EventHandler handler, IncomingEvent record) {
        String value = record.value();
        int attempts = 0;
        int transientAttempts = 0;
        while (true) {
            try {
                UUID eventId = eventId(record);
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstTime(eventId, handler.channel())) {
                        return false;
                    }
                    handler.apply(value);
                    return true;
                });
                registry.counter("perf_events_consumed_total", "channel", handler.channel(),
                        "outcome", applied ? "applied" : "duplicate").increment();
                return;
            } catch (RuntimeException e) {
                if (gate.stopping()) {
                    throw e; // not the message's fault: no retry, no dead letter (see ConsumerGate)
                }
                if (e instanceof PoisonMessageException) {
                    deadLetter(handler, record, e.getMessage());
                    throw e;
                }
                if (Failures.isTransient(e) && ++transientAttempts < transientRetryLimit) {
                    LOG.warnf("%s: database unavailable, retrying (%s)", handler.channel(), Failures.rootMessage(e));
                    sleep(Math.min(1000L * transientAttempts, 5000L));
                    continue;
                }
                if (++attempts >= maxAttempts) {
                    deadLetter(handler, record, e.getClass().getSimpleName() + ": " + Failures.rootMessage(e));
                    throw e;
                }
                sleep(200L * attempts);
            }
        }
    }

    /** Runs a handler on a stored payload again (dead-letter replay), with the same idempotency. */
    public void replay(EventHandler handler, String value) {
        UUID eventId = eventIdOf(value);
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstTime(eventId, handler.channel())) {
                handler.apply(value);
            }
        });
    }

    private boolean firstTime(UUID eventId, String consumer) {
        return em.createNativeQuery("insert into processed_event(event_id, consumer) values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }

    private UUID eventId(IncomingEvent record) {
        if (record.eventIdHeader() != null) {
            try {
                return UUID.fromString(record.eventIdHeader());
            } catch (IllegalArgumentException e) {
                throw new PoisonMessageException("header " + Topics.HEADER_EVENT_ID + " is not a UUID");
            }
        }
        return eventIdOf(record.value());
    }

    private UUID eventIdOf(String value) {
        if (value == null) {
            throw new PoisonMessageException("empty message");
        }
        try {
            JsonNode id = json.mapper().readTree(value).path("eventId");
            return UUID.fromString(id.asText());
        } catch (Exception e) {
            throw new PoisonMessageException("no readable eventId: " + e.getMessage());
        }
    }

    private void deadLetter(EventHandler handler, IncomingEvent record, String reason) {
        registry.counter("perf_dead_letters_total", "channel", handler.channel()).increment();
        try {
            deadLetters.record(handler.channel(), record, reason);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: could not store dead letter (%s); it still goes to the dead-letter topic", handler.channel(), reason);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> handler.deadLettered(record.value(), reason));
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: could not record the failure of a dead-lettered message (%s)", handler.channel(), reason);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
