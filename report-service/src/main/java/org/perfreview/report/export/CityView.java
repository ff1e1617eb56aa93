package org.perfreview.report.export;

import java.util.List;

/**
 * A {@link org.perfreview.contracts.report.CityReport} with every figure already written the way the
 * report prints it; the model of the HTML page and of the DOCX text template. Build with
 * {@link CityViewFactory#of}.
 */
public record CityView(
        String title,
        String region,
        int fiscalYear,
        String stage,
        String deadline,
        String generatedAt,
        int round,
        String roundLabel,
        Scope scope,
        String averageTotal,
        List<Distribution> distributions,
        List<DimensionAverage> dimensions,
        List<Problem> problems,
        List<Department> departments,
        List<Row> failing,
        List<NotFiled> notFiled,
        List<AmountCheck> amountChecks,
        List<String> sheetHeaders,
        List<Row> scoreSheet,
        Comparison comparison,
        org.perfreview.contracts.report.CityReport.ReviewProgress review) {

    /**
     * {@code unlisted}: filed units not in the control list; {@code filedShare}: listed units that filed,
     * as a percentage of the units expected.
     */
    public record Scope(int unitsFiled, int unitsExpected, int unlisted, String filedShare, int tables, List<KindCount> tablesByKind,
                        String filedAmount, String controlAmount, String difference) {
    }

    public record KindCount(String kind, String label, int count) {
    }

    /** One kind's grade distribution, grades best first. */
    public record Distribution(String kind, String label, String title, int total, List<Grade> grades) {
    }

    public record Grade(String grade, int count, String percent) {
    }

    /** {@code provisionalTables}: overall tables whose points in this dimension are provisional. */
    public record DimensionAverage(String key, String label, String average, int provisionalTables) {
    }

    public record Problem(int rank, String ruleCode, String title, String dimension, int count, int units,
                          List<Example> examples) {
    }

    public record Example(String unitCode, String unitName, String evidence) {
    }

    public record Department(String seq, String code, String name, int units, String amount, String average,
                             String worstGrade) {
    }

    /** A score-sheet / 不合格 line; {@code points} follow {@link CityView#sheetHeaders()} without 总分. */
    public record Row(int rank, String seq, String unitCode, String unitName, String kind, String kindLabel,
                      String tableKey, String amount, List<String> points, String total, String grade) {
    }

    public record NotFiled(String seq, String unitCode, String unitName, String controlAmount) {
    }

    public record AmountCheck(String unitCode, String unitName, String filed, String control, String difference) {
    }

    public record Comparison(int round, String roundLabel, String generatedAt, String averageTotal,
                             String averageChange, List<Distribution> distributions) {
    }
}
