package org.perfreview.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one way services consume: idempotent handling through the {@link Inbox}, ack after the effect is
 * committed (so the offset is committed only then), nack on failure (the connector's dead-letter strategy
 * sends the message to the service's dead-letter topic with the reason in headers).
 */
@ApplicationScoped
public class Consumers {

    @Inject
    Inbox inbox;
    @Inject
    ConsumerGate gate;

    public CompletionStage<Void> handle(EventHandler handler, Message<String> message) {
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

    /** Neither ack nor nack: the offset is not committed past this record, so it is delivered again after a restart. */
    private static CompletionStage<Void> unacknowledged() {
        return new CompletableFuture<>();
    }
}
