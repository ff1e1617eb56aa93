package org.perfreview.support.inbox;

/**
 * What a consumer does with one event's JSON, inside the transaction that also records the event id.
 * Implementations are CDI beans; {@link #channel()} names the incoming channel (and the dead-letter replay target).
 */
public interface EventHandler {

    String channel();

    /** Applies the event; throw {@link org.perfreview.support.PoisonMessageException} for a message no retry can fix. */
    void apply(String json);

    /**
     * Called once a message went to the dead letters, in a transaction of its own, so a handler can record the
     * failure where its users see it (scoring marks the submission failed). Nothing by default.
     */
    default void deadLettered(String json, String reason) {
    }
}
