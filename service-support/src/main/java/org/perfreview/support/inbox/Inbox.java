package org.perfreview.support.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.perfreview.contracts.events.Topics;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.deadletter.DeadLetterStore;
import org.perfreview.support.trace.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the handler's effect, so
 * a redelivered event changes nothing. Transient failures (database away) are retried in place, which
 * holds the partition and its offsets until the database is back; poison messages and repeated
 * failures are stored as dead letters and rethrown so the connector sends them to the dead-letter topic.
 * A whole poll is applied in one transaction ({@link #consumeAll}); when that fails it is applied again one
 * record at a time, so a poison record is dead-lettered alone and the rest of the poll still takes effect.
 * Each record is handled in a consumer span under the trace context of its headers.
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
    @Inject
    ProcessedEvents processed;
    @Inject
    EventTracing tracing;
    @Inject
    ConsumerConfig config;

    public void consume(EventHandler handler, IncomingEvent record) {
        String value = record.value();
        int attempts = 0;
        int transientAttempts = 0;
        while (true) {
            try {
                UUID eventId = eventId(record);
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!processed.firstTime(eventId, handler.channel())) {
                        return false;
                    }
                    apply(handler, record);
                    return true;
                });
                count(handler, applied ? 1 : 0, applied ? 0 : 1);
                return;
            } catch (RuntimeException e) {
                if (gate.stopping()) {
                    throw e; // not the message's fault: no retry, no dead letter (see ConsumerGate)
                }
                if (e instanceof PoisonMessageException) {
                    deadLetter(handler, record, e.getMessage());
                    throw e;
                }
                if (Failures.isTransient(e) && ++transientAttempts < config.transientRetryLimit()) {
                    LOG.warnf("%s: database unavailable, retrying (%s)", handler.channel(), Failures.rootMessage(e));
                    sleep(Math.min(1000L * transientAttempts, 5000L));
                    continue;
                }
                if (++attempts >= config.maxAttempts()) {
                    deadLetter(handler, record, e.getClass().getSimpleName() + ": " + Failures.rootMessage(e));
                    throw e;
                }
                sleep(200L * attempts);
            }
        }
    }

    /**
     * Applies a poll's records in order in one transaction with one inbox write. If that fails they are applied
     * one at a time ({@link #consume}); answers the records (by index) that went to the dead letters there, each
     * with its failure. Throws only while the service stops.
     */
    public Map<Integer, RuntimeException> consumeAll(EventHandler handler, List<IncomingEvent> records) {
        if (records.size() > 1) {
            try {
                int applied = QuarkusTransaction.requiringNew().call(() -> applyAll(handler, records));
                count(handler, applied, records.size() - applied);
                return Map.of();
            } catch (RuntimeException e) {
                if (gate.stopping()) {
                    throw e;
                }
                LOG.debugf("%s: a poll of %d failed as a whole (%s); applying its records one by one", handler.channel(),
                        records.size(), Failures.rootMessage(e));
            }
        }
        Map<Integer, RuntimeException> deadLettered = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                consume(handler, records.get(i));
            } catch (RuntimeException e) {
                if (gate.stopping()) {
                    throw e;
                }
                deadLettered.put(i, e);
            }
        }
        return deadLettered;
    }

    private int applyAll(EventHandler handler, List<IncomingEvent> records) {
        List<UUID> ids = new ArrayList<>(records.size());
        for (IncomingEvent record : records) {
            ids.add(eventId(record));
        }
        Set<UUID> fresh = processed.firstTimes(ids, handler.channel());
        int applied = 0;
        for (int i = 0; i < records.size(); i++) {
            if (fresh.remove(ids.get(i))) {
                apply(handler, records.get(i));
                applied++;
                // Each record's writes go out now and its entities are let go, so the next record's queries do
                // not dirty-check a persistence context that grows with the poll.
                em.flush();
                em.clear();
            }
        }
        return applied;
    }

    private void apply(EventHandler handler, IncomingEvent record) {
        Span span = tracing.startConsume(handler.channel(), record.topic(), record.headers());
        try (Scope scope = span.makeCurrent()) {
            handler.apply(record.value());
        } finally {
            span.end();
        }
    }

    private void count(EventHandler handler, int applied, int duplicates) {
        if (applied > 0) {
            registry.counter("perf_events_consumed_total", "channel", handler.channel(), "outcome", "applied").increment(applied);
        }
        if (duplicates > 0) {
            registry.counter("perf_events_consumed_total", "channel", handler.channel(), "outcome", "duplicate").increment(duplicates);
        }
    }

    /** Runs a handler on a stored payload again (dead-letter replay), with the same idempotency. */
    public void replay(EventHandler handler, String value) {
        UUID eventId = eventIdOf(value);
        QuarkusTransaction.requiringNew().run(() -> {
            if (processed.firstTime(eventId, handler.channel())) {
                handler.apply(value);
            }
        });
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
