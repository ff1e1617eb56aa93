package org.perfreview.report.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * One rebuild of a batch's aggregate from its stored cards, as callers see it: {@code status} queued → running → done |
 * failed, {@code tables} the tables the rebuilt aggregate holds, {@code error} why it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildJob(UUID id, UUID batchId, String status, String requestedBy, Instant requestedAt, Instant startedAt,
                         Instant finishedAt, Integer tables, String error) {
}
