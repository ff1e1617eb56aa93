package org.perfreview.support.inbox;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll is handed to the inbox whole; a record it dead-lettered is nacked alone (so the connector puts only that
 * one on the dead-letter topic) and the poll is acknowledged only after that, never while the service stops.
 */
class BatchConsumptionTest {

    private final ConsumerGate gate = Gates.draining(Duration.ofSeconds(1));
    private final List<String> nacked = new ArrayList<>();
    private final AtomicInteger pollAcks = new AtomicInteger();
    private final List<String> events = new ArrayList<>();

    private List<Message<String>> poll(String... values) {
        List<Message<String>> records = new ArrayList<>();
        for (String v : values) {
            records.add(Message.of(v, () -> CompletableFuture.completedFuture(null), e -> {
                nacked.add(v + ": " + e.getMessage());
                return CompletableFuture.completedFuture(null);
            }));
        }
        return records;
    }

    private CompletionStage<Void> handle(Inbox inbox, List<Message<String>> records) {
        Consumers consumers = new Consumers();
        consumers.inbox = inbox;
        consumers.gate = gate;
        EventHandler handler = new EventHandler() {
            @Override
            public String channel() {
                return "normalized";
            }

            @Override
            public void apply(String value) {
            }
        };
        return consumers.handleBatch(handler, records, () -> {
            events.add("poll acknowledged");
            pollAcks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }, e -> {
            events.add("poll nacked");
            return CompletableFuture.completedFuture(null);
        });
    }

    @Test
    void thePollIsAppliedOnceAsAWholeAndAcknowledged() {
        AtomicInteger calls = new AtomicInteger();
        CompletionStage<Void> done = handle(new Inbox() {
            @Override
            public Map<Integer, RuntimeException> consumeAll(EventHandler h, List<IncomingEvent> records) {
                calls.incrementAndGet();
                assertThat(records).extracting(IncomingEvent::value).containsExactly("a", "b", "c");
                return Map.of();
            }
        }, poll("a", "b", "c"));
        assertThat(done.toCompletableFuture()).isCompleted();
        assertThat(calls).hasValue(1);
        assertThat(pollAcks).hasValue(1);
        assertThat(nacked).isEmpty();
    }

    @Test
    void onlyTheDeadLetteredRecordIsNackedAndThePollIsStillAcknowledged() {
        CompletionStage<Void> done = handle(new Inbox() {
            @Override
            public Map<Integer, RuntimeException> consumeAll(EventHandler h, List<IncomingEvent> records) {
                return Map.of(1, new IllegalArgumentException("not JSON"));
            }
        }, poll("a", "poison", "c"));
        assertThat(done.toCompletableFuture()).isCompleted();
        assertThat(nacked).containsExactly("poison: not JSON");
        assertThat(events).containsExactly("poll acknowledged");
    }

    @Test
    void whileStoppingThePollIsNeitherHandledNorAcknowledged() {
        gate.stop(null);
        AtomicInteger calls = new AtomicInteger();
        CompletionStage<Void> done = handle(new Inbox() {
            @Override
            public Map<Integer, RuntimeException> consumeAll(EventHandler h, List<IncomingEvent> records) {
                calls.incrementAndGet();
                return Map.of();
            }
        }, poll("a", "b"));
        assertThat(done.toCompletableFuture()).isNotDone();
        assertThat(calls).hasValue(0);
        assertThat(events).isEmpty();
    }

    @Test
    void aFailureCausedByTheStopLeavesThePollUnacknowledged() {
        CompletionStage<Void> done = handle(new Inbox() {
            @Override
            public Map<Integer, RuntimeException> consumeAll(EventHandler h, List<IncomingEvent> records) {
                BatchConsumptionTest.this.gate.stop(null); // waits out its drain timeout: this record is in hand
                throw new IllegalStateException("EntityManagerFactory is closed");
            }
        }, poll("a", "b"));
        assertThat(done.toCompletableFuture()).isNotDone();
        assertThat(events).isEmpty();
        assertThat(nacked).isEmpty();
    }
}
