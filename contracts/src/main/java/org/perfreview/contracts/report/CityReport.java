package org.perfreview.contracts.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The city-level (batch) review report of docs/domain.md §7, as data. Payload of CityReportUpdated on
 * {@code perf.reports.city}; the HTML, XLSX and DOCX views are rendered from it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityReport(
        @NotNull UUID batchId,
        int fiscalYear,
        String region,
        String stage,
        LocalDate deadline,
        @NotNull Instant generatedAt,
        @Min(0) int round,
        @NotNull Scope scope,
        @NotNull Map<String, List<GradeCount>> gradeDistribution,
        Map<String, BigDecimal> dimensionAverages,
        BigDecimal averageTotal,
        List<Problem> topProblems,
        List<DepartmentRollup> departments,
        List<UnitRow> failingUnits,
        List<NotFiled> notFiled,
        List<AmountCheck> amountChecks,
        @NotNull List<UnitRow> scoreSheet,
        Comparison previousRound,
        ReviewProgress reviewProgress,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> provisionalDimensions) {

    /** A report of a batch no reviewer has touched. */
    public CityReport(UUID batchId, int fiscalYear, String region, String stage, LocalDate deadline, Instant generatedAt, int round,
                      Scope scope, Map<String, List<GradeCount>> gradeDistribution, Map<String, BigDecimal> dimensionAverages,
                      BigDecimal averageTotal, List<Problem> topProblems, List<DepartmentRollup> departments, List<UnitRow> failingUnits,
                      List<NotFiled> notFiled, List<AmountCheck> amountChecks, List<UnitRow> scoreSheet, Comparison previousRound) {
        this(batchId, fiscalYear, region, stage, deadline, generatedAt, round, scope, gradeDistribution, dimensionAverages, averageTotal,
                topProblems, departments, failingUnits, notFiled, amountChecks, scoreSheet, previousRound, null, null);
    }

    /**
     * How far review has come over the current version of every table: tables with a reviewer decision or outcome,
     * tables signed off (终审通过), per round the outcomes recorded, grades by the machine beside grades after review,
     * and per rule how reviewers judged its findings (what a rulebook maintainer needs to fix rules).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewProgress(
            int tables,
            int reviewedTables,
            int signedOffTables,
            List<RoundProgress> rounds,
            Map<String, Integer> machineGrades,
            Map<String, Integer> reviewedGrades,
            List<RuleQuality> ruleQuality) {
    }

    /** Tables per outcome in one round (the latest outcome of each table in that round). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundProgress(String round, int decided, int passed, int returned, int signedOff) {
    }

    /** One rule's findings on current versions: raised by the machine, confirmed, adjusted, dismissed, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleQuality(String ruleCode, String title, int raised, int confirmed, int adjusted, int dismissed,
                              BigDecimal dismissalRate, List<ReasonCount> topDismissalReasons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReasonCount(String reason, int count) {
    }

    /** Units, tables by kind, money in 万元 against the control list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(
            int unitsFiled,
            int unitsExpected,
            Map<String, Integer> tablesByKind,
            BigDecimal filedAmount,
            BigDecimal controlAmount,
            BigDecimal difference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GradeCount(@NotNull String grade, @Min(0) int count, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percent) {
    }

    /** A frequent problem with real examples quoted from units. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String ruleCode, String title, String dimension, int count, int units, List<Example> examples) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Example(String unitCode, String unitName, String evidence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DepartmentRollup(
            String seq,
            String code,
            String name,
            List<UnitRow> units,
            BigDecimal amount,
            BigDecimal averageScore,
            String worstGrade) {
    }

    /** One line of the per-unit score sheet (seed column order: the eight dimensions, then 总分). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitRow(
            String seq,
            String unitCode,
            String unitName,
            String tableKind,
            String tableKey,
            UUID submissionId,
            BigDecimal amount,
            Map<String, BigDecimal> dimensions,
            BigDecimal total,
            String grade) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotFiled(String seq, String unitCode, String unitName, BigDecimal controlAmount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmountCheck(String unitCode, String unitName, BigDecimal filed, BigDecimal control, BigDecimal difference) {
    }

    /** The previous round's headline figures, for comparison. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comparison(int round, Instant generatedAt, BigDecimal averageTotal, Map<String, List<GradeCount>> gradeDistribution) {
    }
}
