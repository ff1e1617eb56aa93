package org.perfreview.support.inbox;

/**
 * What a consumer does with one event's JSON, inside the transaction that also records the event id.
 * Implementations are CDI beans; {@link #channel()} names the incoming channel (and the dead-letter replay target).
 */
public interface EventHandler {

    String channel();

    /** Applies the event; throw {@link org.perfreview.support.PoisonMessageException} for a message no retry can fix. */
    void apply(String json);
}
