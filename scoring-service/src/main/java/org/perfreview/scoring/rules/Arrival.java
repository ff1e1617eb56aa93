package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.NormalizedTable;

/**
 * A table that became the latest of its unit's table in the batch: {@code replaced} is the version it
 * supersedes (null for a first filing).
 */
public record Arrival(String unitCode, NormalizedTable table, NormalizedTable replaced) {
}
