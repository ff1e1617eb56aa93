package org.perfreview.contracts.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.table.TableKind;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's review report: the latest score of each of its tables, and its version history with what
 * each refiling fixed, left open or newly broke; a reviewed table carries its review (machine score beside
 * the reviewed one, each decision, the round outcomes). Payload of UnitReportUpdated on {@code perf.reports.unit}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitReport(
        @NotNull UUID batchId,
        @NotNull String unitCode,
        String unitName,
        String grade,
        String action,
        BigDecimal total,
        @NotNull List<TableScore> tables,
        List<VersionChange> history,
        Instant generatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableScore(
            @NotNull UUID submissionId,
            @NotNull TableKind tableKind,
            String tableKey,
            @Min(1) int version,
            String rulebookVersion,
            @NotNull BigDecimal total,
            @NotNull String grade,
            String action,
            @NotNull Map<String, BigDecimal> dimensions,
            @NotNull List<Finding> findings,
            List<String> deferredRules,
            Review review,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> provisionalDimensions) {

        public TableScore {
            provisionalDimensions = provisionalDimensions == null ? List.of() : List.copyOf(provisionalDimensions);
        }

        /** A table no reviewer has decided on. */
        public TableScore(UUID submissionId, TableKind tableKind, String tableKey, int version, String rulebookVersion, BigDecimal total,
                          String grade, String action, Map<String, BigDecimal> dimensions, List<Finding> findings, List<String> deferredRules) {
            this(submissionId, tableKind, tableKey, version, rulebookVersion, total, grade, action, dimensions, findings, deferredRules, null,
                    List.of());
        }
    }

    /**
     * Compared with the previous version of the same table: finding keys (rule code @ location), and each key's
     * finding in words ({@code findings}; absent in reports written before it was added).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionChange(
            @NotNull TableKind tableKind,
            String tableKey,
            int version,
            UUID submissionId,
            BigDecimal total,
            String grade,
            List<String> fixed,
            List<String> stillOpen,
            List<String> newlyFound,
            List<ChangedFinding> findings) {
    }

    /**
     * A finding a {@link VersionChange} names by its key: the rule, its problem title and where it points, as the
     * new version has it, or for a fixed one as the previous version had it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangedFinding(
            @NotNull String key,
            @NotNull String ruleCode,
            String title,
            FindingLocation location) {
    }
}
