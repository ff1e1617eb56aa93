package org.perfreview.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way services consume: idempotent handling through the {@link Inbox}, ack after the effect is
 * committed (so the offset is committed only then), nack on failure (the connector's dead-letter strategy
 * sends the message to the service's dead-letter topic with the reason in headers). A channel with
 * {@code batch=true} hands over a whole poll: it is applied in one transaction with one inbox write
 * ({@link Inbox#consumeAll}), a record that cannot be processed is nacked alone (dead-lettered) and the poll is
 * acknowledged after that, so its offsets are committed only once every record's effect is.
 */
@ApplicationScoped
public class Consumers {

    @Inject
    Inbox inbox;
    @Inject
    ConsumerGate gate;

    public CompletionStage<Void> handle(EventHandler handler, Message<?> message) {
        if (message instanceof KafkaRecordBatch<?, ?> batch) {
            return handleBatch(handler, new ArrayList<>(batch.getRecords()), batch::ack, batch::nack);
        }
        if (!gate.enter()) {
            return unacknowledged();
        }
        try {
            inbox.consume(handler, IncomingEvent.from(message, handler.channel()));
            return message.ack();
        } catch (RuntimeException e) {
            // A failure while the service stops says nothing about the message: leave it for the next consumer.
            return gate.stopping() ? unacknowledged() : message.nack(e);
        } finally {
            gate.exit();
        }
    }

    CompletionStage<Void> handleBatch(EventHandler handler, List<? extends Message<?>> records,
                                      Supplier<CompletionStage<Void>> ackAll, Function<Throwable, CompletionStage<Void>> nackAll) {
        if (!gate.enter()) {
            return unacknowledged();
        }
        try {
            List<IncomingEvent> events = records.stream().map(r -> IncomingEvent.from(r, handler.channel())).toList();
            Map<Integer, RuntimeException> deadLettered = inbox.consumeAll(handler, events);
            CompletableFuture<?>[] nacked = deadLettered.entrySet().stream()
                    .map(e -> records.get(e.getKey()).nack(e.getValue()).toCompletableFuture())
                    .toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(nacked).thenCompose(done -> ackAll.get());
        } catch (RuntimeException e) {
            return gate.stopping() ? unacknowledged() : nackAll.apply(e);
        } finally {
            gate.exit();
        }
    }

    /** Neither ack nor nack: the offset is not committed past this record, so it is delivered again after a restart. */
    private static CompletionStage<Void> unacknowledged() {
        return new CompletableFuture<>();
    }
}
