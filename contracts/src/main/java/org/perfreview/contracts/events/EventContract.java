package org.perfreview.contracts.events;

import java.util.Objects;
import java.util.UUID;

/**
 * Everything producers and consumers must agree on about one event, in one place: its type name, the topic it
 * travels on, what keys its records, its payload record, the JSON Schema file of that payload (generated from the
 * record, see {@code GeneratedSchemasTest}) and its current schema version. The constants are in {@link Events}.
 */
public record EventContract<P>(String type, String topic, Key<P> key, Class<P> payload, String schema, int version) {

    public EventContract {
        Objects.requireNonNull(type);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(key);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(schema);
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + type + " " + version);
        }
    }

    /** A new envelope (fresh event id, now) of this type and current version. */
    public EventEnvelope<P> envelope(UUID batchId, UUID subjectId, P payload) {
        return EventEnvelope.of(type, version, batchId, subjectId, payload);
    }

    /** Consumers read the current schema version and the previous one (a rolling upgrade has both on the topic). */
    public boolean reads(int schemaVersion) {
        return schemaVersion == version || schemaVersion == version - 1 && schemaVersion > 0;
    }

    @Override
    public String toString() {
        return type + " v" + version + " on " + topic;
    }
}
