package org.perfreview.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;
import org.perfreview.contracts.events.Topics;
import org.perfreview.support.trace.EventTracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends one batch of pending outbox rows and marks them published, in one transaction. Several replicas of a
 * service share one outbox table: the transaction first takes the service's relay lock (a PostgreSQL advisory
 * lock, released at commit), so one relay at a time sends and rows leave in {@code seq} order. Claiming rows
 * side by side (SKIP LOCKED) would let a replica send a key's later row while another still sends its earlier
 * one; a replica that does not get the lock sends nothing and tries again on its next trigger. A row the broker
 * can never accept is parked ({@link #neverAccepted}), not retried ahead of everything else forever.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    RelayProducer producer;
    @Inject
    EventTracing tracing;
    @Inject
    OutboxConfig config;

    /** Advisory lock keys are per database, and every service has its own: one constant names "the relay". */
    static final long RELAY_LOCK = 0x70657266_72656c61L; // "perf" "rela"

    @Transactional
    public int sendBatch() {
        return sendBatch(config.batchSize());
    }

    /** What {@link #sendBatch} answers while another replica's relay holds the lock. */
    public static final int LOCKED_OUT = -1;

    /** @return rows sent or parked (0 when nothing is pending), or {@link #LOCKED_OUT} */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendBatch(int limit) {
        if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK).getSingleResult())) {
            return LOCKED_OUT;
        }
        List<Object[]> rows = em.createNativeQuery("select seq, event_id, topic, message_key, event_type, schema_version, envelope, trace_context"
                        + " from outbox_event where published_at is null and parked_at is null order by seq limit ?1")
                .setParameter(1, limit)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[2], (String) row[3], (String) row[6]);
            record.headers().add(Topics.HEADER_EVENT_ID, row[1].toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_TYPE, ((String) row[4]).getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_SCHEMA_VERSION, row[5].toString().getBytes(StandardCharsets.UTF_8));
            Span span = tracing.startPublish((String) row[2], (String) row[7]);
            tracing.inject(span, record.headers());
            spans.add(span);
            acks.add(producer.get().send(record));
        }
        List<Long> done = new ArrayList<>(rows.size());
        RuntimeException failure = null;
        int failed = -1;
        int parked = 0;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(config.sendTimeoutMs(), TimeUnit.MILLISECONDS);
                done.add(((Number) rows.get(i)[0]).longValue());
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                spans.get(i).setStatus(StatusCode.ERROR, cause.getMessage());
                if (neverAccepted(cause)) {
                    park(rows.get(i), cause);
                    parked++;
                    continue; // it will never be sent as it is: the events after it go on
                }
                failure = new IllegalStateException("outbox send failed: " + cause.getMessage(), cause);
                failed = i;
                break; // keep per-key order: nothing after the first failure is marked sent
            }
        }
        spans.forEach(Span::end);
        if (!done.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now(), attempts = attempts + 1 where seq in (?1)")
                    .setParameter(1, done)
                    .executeUpdate();
            registry.counter("perf_outbox_published_total").increment(done.size());
        }
        if (failure != null) {
            em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where seq = ?2")
                    .setParameter(1, failure.getMessage())
                    .setParameter(2, ((Number) rows.get(failed)[0]).longValue())
                    .executeUpdate();
            if (done.isEmpty() && parked == 0) {
                throw failure;
            }
        }
        return done.size() + parked;
    }

    /**
     * Failures that no retry cures, because the broker or the producer refuses this record itself: larger than
     * {@code max.request.size} or the topic's {@code max.message.bytes}, or not a valid record. Anything else (broker
     * away, timeouts, lost leadership) is retried with the rows after it.
     */
    static boolean neverAccepted(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidRecordException;
    }

    private void park(Object[] row, Throwable cause) {
        String envelope = (String) row[6];
        LOG.errorf("outbox event %s (%s to %s, %d characters) parked, it can never be sent as it is: %s"
                        + " (README, \"Parked events\")", row[1], row[4], row[2], envelope == null ? 0 : envelope.length(),
                cause.getMessage());
        em.createNativeQuery("update outbox_event set parked_at = now(), attempts = attempts + 1, last_error = ?1 where seq = ?2")
                .setParameter(1, cause.getClass().getSimpleName() + ": " + cause.getMessage())
                .setParameter(2, ((Number) row[0]).longValue())
                .executeUpdate();
    }
}
