package org.perfreview.contracts.events;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What keys an event's Kafka record, read from the payload itself, so a producer cannot pick another value:
 * all events of one key land on one partition, in order.
 */
public record Key<P>(Kind kind, Function<? super P, String> value) {

    /** The value keying the record; README's topic table names it per topic. */
    public enum Kind { BATCH_ID, UNIT_CODE }

    public Key {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
    }

    public static <P> Key<P> batchId(Function<? super P, UUID> batchId) {
        return new Key<>(Kind.BATCH_ID, p -> Objects.toString(batchId.apply(p), null));
    }

    public static <P> Key<P> unitCode(Function<? super P, String> unitCode) {
        return new Key<>(Kind.UNIT_CODE, unitCode);
    }

    /** The record key of {@code payload}; an event without its key value is a producer bug. */
    public String of(P payload) {
        String key = value.apply(payload);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(payload.getClass().getSimpleName() + " has no " + kind + " to key its record");
        }
        return key;
    }
}
