package org.perfreview.support.inbox;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A stopping service neither handles, acknowledges nor dead-letters records: they are redelivered after a restart. */
class ConsumerGateTest {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

    private final ConsumerGate gate = Gates.draining(DRAIN_TIMEOUT);
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicReference<Throwable> nacked = new AtomicReference<>();

    private Message<String> message() {
        return Message.of("{}", () -> {
            acks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }, e -> {
            nacked.set(e);
            return CompletableFuture.completedFuture(null);
        });
    }

    private Consumers consumers(Inbox inbox) {
        Consumers c = new Consumers();
        c.inbox = inbox;
        c.gate = gate;
        return c;
    }

    private static EventHandler handler() {
        return new EventHandler() {
            @Override
            public String channel() {
                return "normalized";
            }

            @Override
            public void apply(String value) {
            }
        };
    }

    @Test
    void whileRunningARecordIsHandledAndAcknowledgedOrNacked() {
        AtomicInteger handled = new AtomicInteger();
        Consumers ok = consumers(new Inbox() {
            @Override
            public void consume(EventHandler h, IncomingEvent r) {
                handled.incrementAndGet();
            }
        });
        assertThat(ok.handle(handler(), message()).toCompletableFuture()).isCompleted();
        assertThat(handled).hasValue(1);
        assertThat(acks).hasValue(1);

        Consumers failing = consumers(new Inbox() {
            @Override
            public void consume(EventHandler h, IncomingEvent r) {
                throw new IllegalStateException("a bug");
            }
        });
        failing.handle(handler(), message());
        assertThat(nacked.get()).hasMessage("a bug");
    }

    @Test
    void afterTheStopARecordIsLeftUnacknowledgedAndUnhandled() {
        gate.stop(null);
        AtomicInteger handled = new AtomicInteger();
        CompletionStage<Void> result = consumers(new Inbox() {
            @Override
            public void consume(EventHandler h, IncomingEvent r) {
                handled.incrementAndGet();
            }
        }).handle(handler(), message());
        assertThat(result.toCompletableFuture()).isNotDone();
        assertThat(handled).hasValue(0);
        assertThat(acks).hasValue(0);
        assertThat(nacked.get()).isNull();
    }

    @Test
    void aFailureCausedByTheStopIsNotNackedAndTheStopWaitsForRecordsInHand() throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        Consumers consumers = consumers(new Inbox() {
            @Override
            public void consume(EventHandler h, IncomingEvent r) {
                inHand.countDown();
                while (!ConsumerGateTest.this.gate.stopping()) { // the test's gate, not the field Inbox inherits
                    Thread.onSpinWait();
                }
                throw new IllegalStateException("EntityManagerFactory is closed");
            }
        });
        CompletableFuture<CompletionStage<Void>> handled = CompletableFuture.supplyAsync(() -> consumers.handle(handler(), message()));
        assertThat(inHand.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        gate.stop(null); // returns once the record in hand is done
        assertThat(handled.get(5, TimeUnit.SECONDS).toCompletableFuture()).isNotDone();
        assertThat(nacked.get()).isNull();
        assertThat(acks).hasValue(0);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DRAIN_TIMEOUT);
    }
}
