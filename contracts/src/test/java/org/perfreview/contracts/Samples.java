package org.perfreview.contracts;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.ScoringFailure;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;
import org.perfreview.contracts.table.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fully populated instances of every contract record (every optional field set), from the seed's first unit. */
final class Samples {
    static final UUID BATCH = UUID.fromString("6f1c1c9e-8a52-4f6b-9d43-1f0a3b7c2d11");
    static final UUID SUBMISSION = UUID.fromString("0b7d6e2a-4c1f-4e8a-a9b3-5d2c7f8e9a10");

    private Samples() {
    }

    static Position at(int row, int col) {
        return new Position("1.1", row, col);
    }

    static Text text(String v, int row, int col) {
        return new Text(v, " " + v + " ", at(row, col));
    }

    static Amount amount(String v, int row, int col) {
        return new Amount(new BigDecimal(v), v, at(row, col));
    }

    static Batch batch() {
        return new Batch(BATCH, 2024, "岳阳市本级", "二上", LocalDate.of(2023, 11, 5), "2024.1",
                List.of(new ControlEntry("1", null, "岳阳市市委办系统", new BigDecimal("12877.75"), true),
                        new ControlEntry("1-1", "201001", "中共岳阳市委办公室", new BigDecimal("3394.31"), false)),
                List.of(new StaffingEntry("201001", "中共岳阳市委办公室", 141, 127)));
    }

    static Indicator indicator(int index) {
        return new Indicator(index, text("产出指标", 8, 1), text("数量指标", 8, 2), text("办公楼办公时间不间断清扫", 8, 3),
                text("≥", 8, 4), text("8", 8, 5), text("小时", 8, 6), text("办公楼办公时间清扫8小时不间断", 8, 7),
                text("未达指标值酌情扣分", 8, 8), text("15分", 8, 9),
                new Target(TargetFlag.NUMERIC, "≥", new BigDecimal("8"), new BigDecimal("10"), "小时", false, LocalDate.of(2024, 12, 31), "≥8小时"),
                new SelfEvalFigures(text("8", 8, 10), amount("10", 8, 11), amount("9.5", 8, 12), text("无偏差", 8, 13)));
    }

    static NormalizedTable overallTable() {
        Funds funds = new Funds(amount("3394.31", 5, 2), amount("3394.31", 5, 3), amount("0", 5, 4), amount("0", 5, 5),
                amount("0", 5, 6), amount("2749.31", 5, 7), amount("645.00", 5, 8));
        ProjectInfo project = new ProjectInfo(text("机关运行保障", 3, 2), text("中共岳阳市委办公室", 3, 4), text("中共岳阳市委办公室本级", 3, 6),
                text("延续项目", 4, 2), text("1年", 4, 4), amount("645", 5, 2), amount("645", 5, 3), amount("0", 5, 4));
        return new NormalizedTable(TableKind.OVERALL_TARGET, text("1.1中共岳阳市委办公室本级整体支出绩效目标表", 1, 1),
                text("201001", 4, 1), text("中共岳阳市委办公室本级", 4, 2), funds, project,
                List.of(new Goal(Goal.GoalKind.OVERALL, text("目标1：协助市委领导同志组织实施会议决定事项", 6, 2))),
                List.of(indicator(0)), null, null,
                List.of(new ParseNote(ParseNote.Level.WARNING, at(9, 5), "值中含比较符", "数值", "≥95%")));
    }

    static NormalizedTable selfEvalTable() {
        return new NormalizedTable(TableKind.OVERALL_SELF_EVAL, null, text("201001", 2, 2), text("中共岳阳市委办公室", 2, 4), null, null,
                List.of(new Goal(Goal.GoalKind.EXPECTED, text("保障机关运转", 6, 2)), new Goal(Goal.GoalKind.ACTUAL, text("已保障", 6, 5))),
                List.of(indicator(0)),
                new SelfEvaluation(amount("8017.61", 4, 2), amount("8017.61", 4, 3), amount("7297.27", 4, 4), amount("10", 4, 5),
                        text("91.02%", 4, 6), amount("9.10", 4, 7), amount("90.8", 30, 7), at(30, 7)),
                null, List.of());
    }

    static NormalizedTable baseDataTable() {
        BaseData base = new BaseData(amount("127", 3, 2), amount("118", 3, 4), text("92.91%", 3, 6),
                List.of(new BaseData.Line("threePublic", text("三公经费", 6, 1), amount("172.55", 6, 2), amount("180", 6, 3), amount("172.55", 6, 4))));
        return new NormalizedTable(TableKind.BASE_DATA, null, null, text("中共岳阳市委办公室", 2, 2), null, null, null, null, null, base, null);
    }

    static SubmissionRef ref() {
        return new SubmissionRef(SUBMISSION, BATCH, "201001", "中共岳阳市委办公室本级", TableKind.OVERALL_TARGET, "", 2,
                "sha256:ab12", "1.1.xlsx", "1.1", Instant.parse("2023-11-04T08:00:00Z"));
    }

    static SubmissionNormalized normalized() {
        return new SubmissionNormalized(ref(), overallTable());
    }

    static Map<String, BigDecimal> dimensions() {
        Map<String, BigDecimal> d = new LinkedHashMap<>();
        for (var dim : org.perfreview.contracts.score.Dimension.values()) {
            d.put(dim.key(), new BigDecimal("8.50"));
        }
        return d;
    }

    static Finding finding() {
        return new Finding("IND-09", "数量指标仅覆盖保洁", 4, "indicators", Severity.WARNING, new BigDecimal("2.00"),
                new FindingLocation("1.1.xlsx", "1.1", 8, "C", "办公楼办公时间不间断清扫"), "办公楼办公时间不间断清扫",
                "数量指标应覆盖单位主要职能，如'办文办会N件'");
    }

    static ScoreCard scoreCard() {
        return new ScoreCard(SUBMISSION, "201001", "中共岳阳市委办公室本级", "2024.1", new BigDecimal("68.00"), "合格",
                "退回修改后重新报送", dimensions(), List.of(finding()),
                List.of(new RuleOutcome("FUND-01", RuleStatus.DEFERRED, "项目表尚未报送")), ref(),
                Map.of("totalFunds", new BigDecimal("3394.31")), Instant.parse("2023-11-04T08:00:01Z"), 1);
    }

    static UnitReport unitReport() {
        var table = new UnitReport.TableScore(SUBMISSION, TableKind.OVERALL_TARGET, "", 2, "2024.1", new BigDecimal("68.00"), "合格",
                "退回修改后重新报送", dimensions(), List.of(finding()), List.of("FUND-01"), null, List.of("fundManagement"));
        var change = new UnitReport.VersionChange(TableKind.OVERALL_TARGET, "", 2, SUBMISSION, new BigDecimal("68.00"), "合格",
                List.of("VAL-02@1.1!9"), List.of("IND-09@办公楼办公时间不间断清扫"), List.of(),
                List.of(new UnitReport.ChangedFinding("VAL-02@1.1!9", "VAL-02", "指标值缺少计量单位", new FindingLocation(null, "1.1", 9, null, null)),
                        new UnitReport.ChangedFinding("IND-09@办公楼办公时间不间断清扫", "IND-09", "数量指标只覆盖个别事务",
                                new FindingLocation(null, null, null, null, "办公楼办公时间不间断清扫"))));
        return new UnitReport(BATCH, "201001", "中共岳阳市委办公室本级", "合格", "退回修改后重新报送", new BigDecimal("68.00"),
                List.of(table), List.of(change), Instant.parse("2023-11-04T08:00:02Z"));
    }

    static CityReport cityReport() {
        var row = new CityReport.UnitRow("1-1", "201001", "中共岳阳市委办公室本级", "OVERALL_TARGET", "", SUBMISSION,
                new BigDecimal("3394.31"), dimensions(), new BigDecimal("68.00"), "合格");
        var grades = Map.of("OVERALL_TARGET", List.of(new CityReport.GradeCount("合格", 1, new BigDecimal("100.00"))));
        return new CityReport(BATCH, 2024, "岳阳市本级", "二上", LocalDate.of(2023, 11, 5), Instant.parse("2023-11-04T08:00:03Z"), 2,
                new CityReport.Scope(1, 2, Map.of("OVERALL_TARGET", 1), new BigDecimal("3394.31"), new BigDecimal("12877.75"), new BigDecimal("-9483.44")),
                grades, dimensions(), new BigDecimal("68.00"),
                List.of(new CityReport.Problem("IND-09", "数量指标仅覆盖保洁", "indicators", 1, 1,
                        List.of(new CityReport.Example("201001", "中共岳阳市委办公室本级", "办公楼办公时间不间断清扫")))),
                List.of(new CityReport.DepartmentRollup("1", "201", "岳阳市市委办系统", List.of(row), new BigDecimal("3394.31"), new BigDecimal("68.00"), "合格")),
                List.of(row), List.of(new CityReport.NotFiled("1-2", null, "中共岳阳市委政策研究室", new BigDecimal("254.78"))),
                List.of(new CityReport.AmountCheck("201001", "中共岳阳市委办公室本级", new BigDecimal("3394.31"), new BigDecimal("3394.31"), BigDecimal.ZERO)),
                List.of(row), new CityReport.Comparison(1, Instant.parse("2023-11-03T08:00:00Z"), new BigDecimal("60.00"), grades),
                new CityReport.ReviewProgress(1, 1, 0, List.of(new CityReport.RoundProgress("初审", 1, 0, 1, 0)),
                        Map.of("合格", 1), Map.of("良好", 1),
                        List.of(new CityReport.RuleQuality("IND-09", "数量指标仅覆盖保洁", 2, 1, 0, 1, new BigDecimal("50.00"),
                                List.of(new CityReport.ReasonCount("保洁为该单位主要职能", 1))))),
                Map.of("fundManagement", 1));
    }

    static Review review() {
        return new Review(new BigDecimal("66.00"), "合格", dimensions(), 1,
                List.of(new Review.Decision(1, "IND-09@办公楼办公时间不间断清扫", Review.DISMISS, Review.APPLIED, "IND-09", "数量指标仅覆盖保洁",
                                "indicators", Severity.WARNING, "办公楼办公时间不间断清扫", new BigDecimal("2.00"), new BigDecimal("0.00"),
                                "保洁为该单位主要职能", SUBMISSION, Instant.parse("2023-11-05T08:00:00Z")),
                        new Review.Decision(2, "manual-1a2b3c4d", Review.ADD, Review.APPLIED, "MANUAL", "人工审核意见", "goal",
                                Severity.WARNING, null, null, new BigDecimal("1.00"), null, SUBMISSION, Instant.parse("2023-11-05T08:01:00Z"))),
                List.of(new Review.RoundOutcome("初审", Review.RETURNED, LocalDate.of(2023, 11, 20), SUBMISSION, 2,
                        Instant.parse("2023-11-05T09:00:00Z"))),
                false, 0);
    }

    static ScoreCard reviewedCard() {
        ScoreCard m = scoreCard();
        return new ScoreCard(m.submissionId(), m.unitCode(), m.unitName(), m.rulebookVersion(), new BigDecimal("69.00"), "合格", m.action(),
                m.dimensions(), m.findings(), m.outcomes(), m.submission(), m.facts(), m.scoredAt(), 3, true, review(), List.of("fundManagement"));
    }

    static Notice notice() {
        return new Notice(BATCH, "201001", "中共岳阳市委办公室本级", "初审", LocalDate.of(2023, 11, 20), 1,
                List.of(new Notice.NoticeTable(SUBMISSION, TableKind.OVERALL_TARGET, null, 2, new BigDecimal("69.00"), "合格", Review.RETURNED,
                        LocalDate.of(2023, 11, 20), List.of(new Notice.DimensionFindings("indicators", "绩效评价指标", List.of(finding()))))),
                List.of("/api/batches/" + BATCH + "/units/201001/notice?round=%E5%88%9D%E5%AE%A1&format=docx"), Instant.parse("2023-11-05T09:00:01Z"));
    }

    static ScoringFailure scoringFailure() {
        return new ScoringFailure(SUBMISSION, BATCH, "201001", "no rulebook version 1999.9", Instant.parse("2023-11-04T08:00:04Z"));
    }

    /** A fully populated payload of {@code event}. */
    static Object payload(EventContract<?> event) {
        return switch (event.type()) {
            case "BatchUpdated" -> batch();
            case "SubmissionNormalized" -> normalized();
            case "SubmissionScored" -> reviewedCard();
            case "SubmissionScoringFailed" -> scoringFailure();
            case "UnitReportUpdated" -> unitReport();
            case "CityReportUpdated" -> cityReport();
            case "NoticeIssued" -> notice();
            default -> throw new IllegalArgumentException("no sample payload of " + event + ": add one here");
        };
    }

    /** A fully populated envelope of {@code event} at its current version (fixed ids and times, so it can be committed). */
    static EventEnvelope<Object> envelope(EventContract<?> event) {
        return new EventEnvelope<>(UUID.nameUUIDFromBytes(event.type().getBytes(java.nio.charset.StandardCharsets.UTF_8)), event.type(),
                event.version(), Instant.parse("2023-11-05T10:00:00Z"), BATCH, SUBMISSION, payload(event));
    }
}
