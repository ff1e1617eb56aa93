package org.perfreview.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.support.EventJson;
import org.perfreview.support.trace.EventTracing;

import java.util.UUID;

/**
 * Writes an event in the caller's transaction, beside the state it reports; the {@link OutboxRelay}
 * sends it to Kafka after commit. A crash between commit and send loses nothing: the row stays pending.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    Event<OutboxWritten> written;
    @Inject
    EventTracing tracing;

    /**
     * Publishes {@code payload} as {@code event}: topic, record key, type and schema version all come from the contract.
     * Returns the envelope written (its event id is the idempotency key consumers record).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> publish(EventContract<P> event, UUID batchId, UUID subjectId, P payload) {
        return publish(event, event.envelope(batchId, subjectId, payload));
    }

    /** For a producer that records the event id before publishing: {@code envelope} comes from {@code event.envelope(...)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> publish(EventContract<P> event, EventEnvelope<P> envelope) {
        if (!event.type().equals(envelope.eventType()) || event.version() != envelope.schemaVersion()) {
            throw new IllegalArgumentException("envelope " + envelope.eventType() + " v" + envelope.schemaVersion() + " is not " + event);
        }
        write(event.topic(), event.key().of(envelope.payload()), envelope);
        return envelope;
    }

    private void write(String topic, String key, EventEnvelope<?> envelope) {
        em.createNativeQuery("insert into outbox_event(event_id, topic, message_key, event_type, schema_version, envelope, trace_context)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, envelope.eventId())
                .setParameter(2, topic)
                .setParameter(3, key)
                .setParameter(4, envelope.eventType())
                .setParameter(5, envelope.schemaVersion())
                .setParameter(6, json.write(envelope))
                .setParameter(7, tracing.currentContext())
                .executeUpdate();
        // Observed after commit only, so the relay never races the transaction that wrote the row.
        written.fire(new OutboxWritten(topic));
    }

    /** Fired in the writing transaction; the relay observes it AFTER_SUCCESS. */
    public record OutboxWritten(String topic) {
    }
}
