package org.perfreview.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * Every record on every perf-review topic has this shape. The event id is the idempotency key
 * consumers record; the schema version lets consumers accept the current and the previous version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        UUID batchId,
        UUID submissionId,
        T payload) {

    public static <T> EventEnvelope<T> of(String eventType, int schemaVersion, UUID batchId, UUID submissionId, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, schemaVersion, Instant.now(), batchId, submissionId, payload);
    }
}
