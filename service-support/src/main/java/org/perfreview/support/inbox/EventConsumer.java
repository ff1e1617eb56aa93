package org.perfreview.support.inbox;

import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;

import java.util.concurrent.CompletionStage;

/**
 * A consumer of one event type on one channel: the envelope is read and checked here, the subclass
 * only says what the payload does. Subclasses put {@code @Incoming(channel) @Blocking} on a method taking
 * {@code Message<Object>} that calls {@link #handle(Message)} (the channel name must be a constant in the
 * annotation): one record, or a whole poll when the channel is configured with {@code batch=true}.
 */
public abstract class EventConsumer<T> implements EventHandler {

    @Inject
    Consumers consumers;
    @Inject
    protected EventJson json;

    private final String channel;
    private final String eventType;
    private final Class<T> payloadType;

    protected EventConsumer(String channel, String eventType, Class<T> payloadType) {
        this.channel = channel;
        this.eventType = eventType;
        this.payloadType = payloadType;
    }

    protected CompletionStage<Void> handle(Message<?> message) {
        return consumers.handle(this, message);
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public void apply(String value) {
        if (ignores(json.eventTypeOf(value))) {
            return;
        }
        T payload = json.read(value, eventType, payloadType).payload();
        if (payload == null) {
            throw new PoisonMessageException(eventType + " without a payload");
        }
        accept(payload);
    }

    /** Other event types this consumer's topic carries and it has no use for (default: none, they are poison). */
    protected boolean ignores(String eventType) {
        return false;
    }

    /** Applies one payload inside the transaction that records the event id; throw PoisonMessageException for bad data. */
    protected abstract void accept(T payload);
}
