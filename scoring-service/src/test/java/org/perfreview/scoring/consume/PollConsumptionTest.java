package org.perfreview.scoring.consume;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventHandler;
import org.perfreview.support.inbox.Inbox;
import org.perfreview.support.inbox.IncomingEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll on the real database: applied in one transaction with one inbox write, each event once even when the poll
 * repeats it or is delivered again, and a poison record dead-lettered alone while the rest of the poll takes effect.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PollConsumptionTest {

    @Inject
    Inbox inbox;
    @Inject
    TransactionManager transactions;
    @Inject
    EntityManager em;

    /** Notes each value it applies and the transaction it ran in; "poison" is bad data. */
    private final class Recording implements EventHandler {
        final String channel = "poll-test-" + UUID.randomUUID();
        final List<String> applied = new ArrayList<>();
        final List<Object> inTransaction = new ArrayList<>();

        @Override
        public String channel() {
            return channel;
        }

        @Override
        public void apply(String value) {
            if (value.contains("poison")) {
                throw new PoisonMessageException("poison for the test");
            }
            applied.add(value);
            try {
                inTransaction.add(transactions.getTransaction());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static IncomingEvent event(UUID id, String text) {
        return new IncomingEvent("perf.test", "k", "{\"eventId\":\"" + id + "\",\"text\":\"" + text + "\"}", id.toString(), null);
    }

    @Test
    void aPollIsOneTransactionAndEachEventIsAppliedOnce() {
        Recording handler = new Recording();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<IncomingEvent> poll = List.of(event(a, "a"), event(b, "b"), event(a, "a again"));

        assertThat(inbox.consumeAll(handler, poll)).isEmpty();
        assertThat(handler.applied).hasSize(2).allMatch(v -> !v.contains("again"));
        assertThat(handler.inTransaction).hasSize(2).doesNotContainNull();
        assertThat(handler.inTransaction.get(0)).isSameAs(handler.inTransaction.get(1));

        assertThat(inbox.consumeAll(handler, poll)).as("the poll delivered again").isEmpty();
        assertThat(handler.applied).hasSize(2);
        assertThat(processed(handler.channel)).isEqualTo(2);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAloneAndTheRestOfThePollTakesEffect() {
        Recording handler = new Recording();
        UUID first = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID last = UUID.randomUUID();

        Map<Integer, RuntimeException> dead = inbox.consumeAll(handler,
                List.of(event(first, "first"), event(poison, "poison"), event(last, "last")));

        assertThat(dead).containsOnlyKeys(1);
        assertThat(dead.get(1)).isInstanceOf(PoisonMessageException.class);
        // "first" ran in the poll's transaction too, which the poison rolled back; "last" never got that far.
        assertThat(handler.applied).filteredOn(v -> v.contains("last")).hasSize(1);
        assertThat(handler.applied).anyMatch(v -> v.contains("first"));
        assertThat(processed(handler.channel)).as("first and last recorded, the poison not").isEqualTo(2);
        assertThat(count("select count(*) from dead_letter where channel = ?1", handler.channel)).isEqualTo(1);
    }

    private long processed(String channel) {
        return count("select count(*) from processed_event where consumer = ?1", channel);
    }

    private long count(String sql, String channel) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, channel).getSingleResult()).longValue());
    }
}
