package org.perfreview.support.inbox;

import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.EventContract;
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
    private final EventContract<?> event;
    private final Class<T> view;

    /** {@code channel}'s topic in application.properties must be {@code event.topic()} (checked at startup: ChannelTopics). */
    protected EventConsumer(String channel, EventContract<T> event) {
        this(channel, event, event.payload());
    }

    /**
     * A consumer that needs only some of the payload's fields reads them into {@code view}, a record of those
     * fields under the payload's names: the rest of the event is skipped instead of materialised.
     */
    protected EventConsumer(String channel, EventContract<?> event, Class<T> view) {
        this.channel = channel;
        this.event = event;
        this.view = view;
    }

    public EventContract<?> event() {
        return event;
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
        T payload = json.read(value, event, view).payload();
        if (payload == null) {
            throw new PoisonMessageException(event.type() + " without a payload");
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
