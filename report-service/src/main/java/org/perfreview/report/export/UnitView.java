package org.perfreview.report.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link org.perfreview.contracts.report.UnitReport} written for reading: headline, per table its
 * points and findings grouped by dimension (numbered through the whole unit, as the 整改通知 lists
 * them), and per refiling what changed. Build with {@link UnitViewFactory#of}.
 */
public record UnitView(String unitCode, String unitName, String grade, String action, String total,
                       String generatedAt, int findingCount, List<Table> tables, List<Change> history) {

    public record Table(String kind, String kindLabel, String kindTitle, String tableKey, int version,
                        String rulebookVersion, String total, String grade, String action,
                        List<Points> dimensions, List<FindingGroup> groups, List<String> deferredRules, ReviewLines review) {

        /** Labels of the dimensions whose points are provisional (a rule of theirs could not run yet). */
        public List<String> provisionalLabels() {
            return dimensions.stream().filter(Points::provisional).map(Points::label).toList();
        }
    }

    /** The review of a table: the machine score beside the reviewed one, each decision, the round outcomes (no names). */
    public record ReviewLines(String machineTotal, String machineGrade, List<DecisionLine> decisions, List<String> rounds,
                              boolean afterSignOff) {
    }

    public record DecisionLine(String action, String status, String ruleCode, String title, String indicator, String points,
                               String reason) {
    }

    public record Points(String key, String label, String points, boolean provisional) {
    }

    public record FindingGroup(String dimensionKey, String dimension, List<FindingLine> findings) {
    }

    /** {@code key} is the rule@place key the history lists use; {@code deducted} the points as a number. */
    public record FindingLine(int seq, String ruleCode, String key, String title, String severity, String points,
                              BigDecimal deducted, String location, String evidence, String fix) {
    }

    public record Change(String kindLabel, String tableKey, int version, String total, String grade,
                         List<String> fixed, List<String> stillOpen, List<String> newlyFound) {
    }
}
