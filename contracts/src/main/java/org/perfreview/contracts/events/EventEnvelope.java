package org.perfreview.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * Every record on every perf-review topic has this shape. The event id is the idempotency key
 * consumers record; the schema version lets consumers accept the current and the previous version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T>(
        @NotNull UUID eventId,
        @NotNull String eventType,
        @Min(1) int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull UUID batchId,
        UUID submissionId,
        @NotNull T payload) {

    public static <T> EventEnvelope<T> of(String eventType, int schemaVersion, UUID batchId, UUID submissionId, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, schemaVersion, Instant.now(), batchId, submissionId, payload);
    }
}
