package org.perfreview.report.export;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRenderersTest {
    static final ReportFixtures FIXTURES = new ReportFixtures();
    final CityReport report = FIXTURES.report;
    final String city = new String(StandaloneTemplates.cityHtml().render(report), StandardCharsets.UTF_8);

    @Test
    void cityHeadlineFiguresSitUnderStableIds() {
        assertThat(number(city, "id=\"units-filed\">([^<]*)<")).isEqualByComparingTo(BigDecimal.valueOf(report.scope().unitsFiled()));
        assertThat(number(city, "id=\"units-expected\">([^<]*)<")).isEqualByComparingTo(BigDecimal.valueOf(report.scope().unitsExpected()));
        assertThat(number(city, "id=\"average-total\">([^<]*)<")).isEqualByComparingTo(report.averageTotal());
        assertThat(number(city, "id=\"filed-amount\">([^<]*)<")).isEqualByComparingTo(report.scope().filedAmount());
        assertThat(number(city, "id=\"control-amount\">([^<]*)<")).isEqualByComparingTo(report.scope().controlAmount());
        assertThat(number(city, "id=\"not-filed-count\">([^<]*)<")).isEqualByComparingTo(BigDecimal.valueOf(report.notFiled().size()));
        assertThat(number(city, "id=\"previous-average\">([^<]*)<")).isEqualByComparingTo(report.previousRound().averageTotal());
    }

    @Test
    void gradeCellsAndChartsMatchTheDistribution() {
        assertThat(all(city, "<svg ")).hasSize(report.gradeDistribution().size());
        for (Map.Entry<String, List<GradeCount>> kind : report.gradeDistribution().entrySet()) {
            for (GradeCount g : kind.getValue()) {
                String attrs = "data-kind=\"" + kind.getKey() + "\" data-grade=\"" + g.grade() + "\"";
                assertThat(number(city, "<td class=\"num\" " + attrs + ">([^<]*)<")).isEqualByComparingTo(BigDecimal.valueOf(g.count()));
                assertThat(number(city, "data-kind=\"" + kind.getKey() + "\" data-grade-percent=\"" + g.grade() + "\">([^<]*)<"))
                        .isEqualByComparingTo(g.percent());
                String chart = city.substring(city.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 440 240\" width=\"440\" height=\"240\" data-kind=\"" + kind.getKey()));
                assertThat(number(chart, "<rect class=\"bar\" data-grade=\"" + g.grade() + "\" data-count=\"(\\d+)\""))
                        .isEqualByComparingTo(BigDecimal.valueOf(g.count()));
            }
        }
    }

    @Test
    void tablesListEveryRow() {
        assertThat(all(city, "<td class=\"num\" data-total=\"[^\"]*\">")).hasSize(report.scoreSheet().size());
        assertThat(all(city, "<tr data-department=")).hasSize(report.departments().size());
        assertThat(all(city, "<tr data-seq=")).hasSize(report.notFiled().size());
        assertThat(all(city, "<div class=\"problem\" data-rule=")).hasSize(report.topProblems().size());
        assertThat(report.failingUnits()).isNotEmpty();
        assertThat(all(city, "<tr data-unit=\"[^\"]*\" data-kind=")).hasSize(report.failingUnits().size());
    }

    @Test
    void cityPageEscapesUnitTextAndLoadsNothingFromOutside() {
        assertThat(city).doesNotContain("<script", "<img", "onerror=alert(1)>", "<link", "src=\"http")
                .contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt;测试局");
        assertThat(report.topProblems()).anySatisfy(p -> assertThat(p.examples())
                .anySatisfy(e -> assertThat(e.evidence()).contains("<")));
    }

    @Test
    void unitPageShowsFindingsHistoryAndEscapes() {
        UnitReport unit = FIXTURES.unit;
        String html = StandaloneTemplates.unitHtml().renderString(unit);
        assertThat(text(html, "id=\"unit-grade\">([^<]*)<")).isEqualTo(unit.grade());
        assertThat(number(html, "id=\"unit-total\">([^<]*)<")).isEqualByComparingTo(unit.total());
        int findings = unit.tables().stream().mapToInt(t -> t.findings().size()).sum();
        assertThat(all(html, "<tr data-rule=")).hasSize(findings);
        UnitReport.VersionChange change = unit.history().get(0);
        // Each key in words: its finding's title, then where it points.
        assertThat(all(html, "data-change=\"fixed\">已整改：([^<]*)<")).hasSize(change.fixed().size())
                .allSatisfy(line -> assertThat(line).matches(".+（.+）"));
        assertThat(all(html, "data-change=\"still-open\">仍存在：([^<]*)<")).hasSize(change.stillOpen().size());
        assertThat(all(html, "data-change=\"new\">新发现：([^<]*)<")).hasSize(change.newlyFound().size());
        for (UnitReport.ChangedFinding f : change.findings()) {
            assertThat(html).contains(f.title() + "（" + Locations.describe(f.location()) + "）");
        }
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void unitPageNamesDeferredRules() {
        List<org.perfreview.contracts.score.ScoreCard> cards = FIXTURES.city.history.stream()
                .filter(c -> c.unitCode().equals(FIXTURES.city.history.get(0).unitCode())).toList();
        UnitReport unit = new org.perfreview.report.aggregate.UnitReportBuilder(ReportFixtures.CLOCK).build(cards);
        String html = StandaloneTemplates.unitHtml().renderString(unit);
        assertThat(unit.tables().get(0).deferredRules()).containsExactly("SELF-EVAL-LINK");
        assertThat(html).contains("data-deferred=\"SELF-EVAL-LINK\"");
        assertThat(all(html, "<section class=\"table-score\"")).hasSize(unit.tables().size());
    }

    static BigDecimal number(String html, String regex) {
        return new BigDecimal(text(html, regex).replace(",", "").replace("%", "").replace("+", ""));
    }

    static String text(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("pattern %s", regex).isTrue();
        return m.group(1);
    }

    static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
