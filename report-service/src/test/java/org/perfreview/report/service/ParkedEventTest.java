package org.perfreview.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoringFailure;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.support.outbox.Outbox;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the broker can never accept (here: larger than the producer allows) is parked with its error and kept,
 * and the events written after it still go out, in order. Before, the relay retried it ahead of everything else
 * for ever: a large batch's city report stopped every later unit report of the service.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ParkedEventTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;
    @Inject
    PublishedEvents published;
    @Inject
    EntityManager em;

    @Test
    void anEventTooLargeToSendIsParkedAndTheEventsAfterItGoOut() {
        UUID batchId = UUID.randomUUID();
        published.refuseLongerThan(20_000);
        try {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                    publish(batchId, "规则集无法加载"),
                    publish(batchId, "过长".repeat(20_000)),
                    publish(batchId, "表格无法评分")));
            await().atMost(WAIT).until(() -> sent(batchId).size() == 2 && parkedError(ids.get(1)) != null);
            assertThat(sent(batchId)).containsExactly(ids.get(0).toString(), ids.get(2).toString());
            assertThat(parkedError(ids.get(1))).startsWith("RecordTooLargeException");

            UUID later = QuarkusTransaction.requiringNew().call(() -> publish(batchId, "之后的事件"));
            await().atMost(WAIT).until(() -> sent(batchId).size() == 3);
            assertThat(sent(batchId)).last().isEqualTo(later.toString());
            assertThat(parkedError(ids.get(1))).as("still parked, not retried").isNotNull();
        } finally {
            published.refuseLongerThan(Integer.MAX_VALUE);
        }
    }

    private UUID publish(UUID batchId, String reason) {
        UUID submissionId = UUID.randomUUID();
        return outbox.publish(Events.SUBMISSION_SCORING_FAILED, batchId, submissionId,
                new ScoringFailure(submissionId, batchId, "401001", reason, Instant.now())).eventId();
    }

    private List<String> sent(UUID batchId) {
        return published.envelopes(Events.SUBMISSION_SCORING_FAILED.topic(), PublishedEvents.ofBatch(batchId)).stream()
                .map(e -> e.path("eventId").asText()).toList();
    }

    /** The parked row's error, or null while it is not parked (or was published). */
    private String parkedError(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select last_error from outbox_event where event_id = ?1"
                    + " and parked_at is not null and published_at is null").setParameter(1, eventId).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }
}
