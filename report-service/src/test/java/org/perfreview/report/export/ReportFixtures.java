package org.perfreview.report.export;

import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.report.aggregate.BatchAggregate;
import org.perfreview.report.aggregate.Cards;
import org.perfreview.report.aggregate.CityFixture;
import org.perfreview.report.aggregate.UnitReportBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports for the renderer tests, built the way the service builds them: generated cards through
 * {@link BatchAggregate} and {@link UnitReportBuilder}, plus one hostile unit whose name and quoted
 * text try script and formula injection.
 */
final class ReportFixtures {
    static final String HOSTILE_NAME = "<script>alert('unit')</script>测试局";
    static final String HOSTILE_CODE = "990777";
    static final String SCRIPT_EVIDENCE = "<img src=x onerror=alert(1)>指标值“每月执行”";
    static final String FORMULA_EVIDENCE = "=HYPERLINK(\"http://evil\",\"点我\")";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-20T02:00:00Z"), ZoneOffset.UTC);

    final CityFixture city = CityFixture.generate(5, 14, 6);
    final BatchAggregate aggregate = new BatchAggregate(city.batchId, CLOCK, new BatchAggregate.Limits(3, 10));
    final List<ScoreCard> hostileCards = new ArrayList<>();
    final CityReport previous;
    final CityReport report;
    final UnitReport unit;

    ReportFixtures() {
        hostileCards.add(hostile(1, 45, List.of(
                finding("IND-VALUE-IS-SCORE", "indicatorValues", 12, "年初制定培训计划，每月执行", SCRIPT_EVIDENCE),
                finding("GOAL-SLOGAN", "goal", null, null, FORMULA_EVIDENCE),
                finding("IND-VALUE-MISSING", "indicatorValues", 15, "降低社会犯罪率", "-降低犯罪率"))));
        hostileCards.add(hostile(2, 58, List.of(
                finding("IND-VALUE-IS-SCORE", "indicatorValues", 12, "每季度培训一次", SCRIPT_EVIDENCE),
                finding("GOAL-SLOGAN", "goal", null, null, FORMULA_EVIDENCE),
                finding("IND-NAME-EQUALS-VALUE", "indicators", 20, "@出警及时", "+出警及时"))));
        city.history.stream().limit(city.history.size() / 2).forEach(aggregate::apply);
        aggregate.apply(hostileCards.get(0));
        previous = aggregate.snapshot(city.batch, 1, null);
        city.history.forEach(aggregate::apply);
        aggregate.apply(hostileCards.get(1));
        report = aggregate.snapshot(city.batch, 2, previous);
        unit = new UnitReportBuilder(CLOCK).build(hostileCards);
    }

    private ScoreCard hostile(int version, int total, List<Finding> findings) {
        return Cards.card(city.batchId, HOSTILE_CODE, HOSTILE_NAME, TableKind.OVERALL_TARGET, null, version, 1,
                new BigDecimal("1234.50"), Cards.spread(total), findings, List.of());
    }

    private static Finding finding(String rule, String dimension, Integer row, String indicator, String evidence) {
        return new Finding(rule, "问题：" + rule, 5, dimension, Severity.ERROR, new BigDecimal("2"),
                new FindingLocation("测试.xlsx", "Sheet1", row, row == null ? null : "F", indicator), evidence,
                "=请改为“培训N次”");
    }
}
