package org.perfreview.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;

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

    public CompletionStage<Void> handle(EventHandler handler, Message<String> message) {
        try {
            inbox.consume(handler, IncomingEvent.from(message, handler.channel()));
            return message.ack();
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }
}
