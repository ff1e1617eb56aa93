package org.perfreview.support.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.perfreview.support.SqlValues;
import org.perfreview.support.inbox.IncomingEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Dead letters kept in the service's own database, so an operator can list them and replay them after a fix. */
@ApplicationScoped
public class DeadLetterStore {

    @Inject
    EntityManager em;

    public void record(String channel, IncomingEvent record, String reason) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into dead_letter(id, channel, topic, message_key, event_id, payload, reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, channel)
                .setParameter(3, record.topic())
                .setParameter(4, record.key())
                .setParameter(5, record.eventIdHeader())
                .setParameter(6, record.value() == null ? "" : record.value())
                .setParameter(7, reason)
                .executeUpdate());
    }

    private static final String COLUMNS = "select id, channel, topic, message_key, event_id, payload, reason, received_at,"
            + " replayed_at, replay_error from dead_letter";

    @SuppressWarnings("unchecked")
    public List<DeadLetter> list(boolean includeReplayed) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                        COLUMNS + (includeReplayed ? "" : " where replayed_at is null") + " order by received_at")
                .getResultList()).stream().map(DeadLetterStore::toDeadLetter).toList());
    }

    @SuppressWarnings("unchecked")
    public Optional<DeadLetter> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(COLUMNS + " where id = ?1")
                .setParameter(1, id).getResultList()).stream().map(DeadLetterStore::toDeadLetter).findFirst());
    }

    public void markReplayed(UUID id, String error) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(error == null
                        ? "update dead_letter set replayed_at = now(), replay_error = null where id = ?1"
                        : "update dead_letter set replay_error = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, error)
                .executeUpdate());
    }

    private static DeadLetter toDeadLetter(Object[] r) {
        return new DeadLetter((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], SqlValues.instant(r[7]), SqlValues.instant(r[8]), (String) r[9]);
    }

    public record DeadLetter(UUID id, String channel, String topic, String key, String eventId, String payload,
                             String reason, Instant receivedAt, Instant replayedAt, String replayError) {
    }
}
