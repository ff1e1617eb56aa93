package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-made score cards for tests: the total is always the sum of the points, the grade follows docs/domain.md §4. */
public final class Cards {
    public static final Instant T0 = Instant.parse("2024-11-05T08:00:00Z");

    private Cards() {
    }

    /** One table's card; {@code points} are the eight dimensions in sheet order. */
    public static ScoreCard card(UUID batchId, String unitCode, String unitName, TableKind kind, String tableKey,
                                 int version, int run, BigDecimal totalFunds, BigDecimal[] points, List<Finding> findings,
                                 List<RuleOutcome> outcomes) {
        Map<String, BigDecimal> dims = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Dimension d : Dimension.values()) {
            dims.put(d.key(), points[d.ordinal()]);
            total = total.add(points[d.ordinal()]);
        }
        Map<String, BigDecimal> facts = totalFunds == null ? Map.of() : Map.of("totalFunds", totalFunds);
        UUID submissionId = UUID.nameUUIDFromBytes((batchId + unitCode + kind + tableKey + version).getBytes());
        SubmissionRef ref = new SubmissionRef(submissionId, batchId, unitCode, unitName, kind, tableKey, version,
                "sha-" + version, unitCode + ".xlsx", "Sheet1", T0.plusSeconds(version * 3600L));
        return new ScoreCard(submissionId, unitCode, unitName, "rb-1", total, gradeOf(total), actionOf(total), dims,
                findings, outcomes, ref, facts, T0.plusSeconds(version * 3600L + run * 60L), run);
    }

    public static ScoreCard simple(UUID batchId, String unitCode, String unitName, TableKind kind, int version,
                                   int total, List<Finding> findings) {
        return card(batchId, unitCode, unitName, kind, kind == TableKind.OVERALL_TARGET ? null : "项目" + unitCode,
                version, 1, BigDecimal.valueOf(100), spread(total), findings, List.of());
    }

    /** Eight points within their maxima that add up to {@code total}. */
    public static BigDecimal[] spread(int total) {
        int[] max = {10, 5, 25, 10, 10, 10, 10, 20};
        BigDecimal[] points = new BigDecimal[8];
        int left = total;
        for (int i = 0; i < 8; i++) {
            int p = Math.min(max[i], left);
            points[i] = BigDecimal.valueOf(p);
            left -= p;
        }
        return points;
    }

    public static Finding finding(String rule, String dimension, String sheet, Integer row, String indicator, String evidence) {
        return new Finding(rule, "问题" + rule, 3, dimension, Severity.WARNING, BigDecimal.ONE,
                new FindingLocation("f.xlsx", sheet, row, "F", indicator), evidence, "修改" + rule);
    }

    public static String gradeOf(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优秀";
        }
        if (total.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return "良好";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "合格" : "不合格";
    }

    static String actionOf(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "通过" : "退回修改";
    }
}
