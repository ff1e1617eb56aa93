package org.perfreview.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.Browser;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.perfreview.testsupport.Envelopes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The city dashboard and a unit page as a browser shows them: served by the app, rendered by headless
 * Chromium, their key numbers read from the rendered text and checked against figures computed here from
 * the scores fed in (Selenium with Debian's chromium-driver). Skipped, saying so, where no Chromium is installed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportPagesInChromiumTest {
    private static final Tokens TOKENS = Tokens.forTests();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> GRADES = List.of("优秀", "良好", "合格", "不合格");
    private static final String CHECKED_UNIT = "201002";

    private static Browser chromium;

    @TestHTTPResource("/")
    URL app;
    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Browser.startIfAvailable(1280, 900).orElse(null);
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void needsChromium() {
        // per test, so that each one is reported as skipped with the reason
        assumeTrue(chromium != null, Browser.MISSING + "; the report pages were not rendered in a browser");
    }

    @Test
    void cityDashboardShowsTheBatchFigures() {
        UUID batchId = UUID.randomUUID();
        List<ScoreCard> cards = fileBatch(batchId);
        String url = app + "api/batches/" + batchId + "/report?format=html";

        try (LoadedPage page = LoadedPage.open(chromium, url, bearer(TOKENS.reviewer()))) {
            assertThat(page.documentStatus()).isEqualTo(200);
            JsonNode shown = page.evaluate(PageScripts.CITY_FACTS);

            List<ScoreCard> overall = ofKind(cards, TableKind.OVERALL_TARGET);
            assertThat(shown.path("unitsFiled").asText()).isEqualTo(String.valueOf(overall.size()));
            assertThat(shown.path("unitsExpected").asText()).isEqualTo("5");
            assertThat(shown.path("notFiled").asText()).isEqualTo("1");
            assertThat(shown.path("tables").asText()).isEqualTo(String.valueOf(cards.size()));
            assertThat(shown.path("tablesByKind").path("OVERALL_TARGET").asText()).isEqualTo(String.valueOf(overall.size()));
            assertThat(shown.path("tablesByKind").path("PROJECT_TARGET").asText())
                    .isEqualTo(String.valueOf(ofKind(cards, TableKind.PROJECT_TARGET).size()));
            assertThat(shown.path("failing").asText())
                    .isEqualTo(String.valueOf(cards.stream().filter(c -> gradeOf(c).equals("不合格")).count()));
            assertThat(new BigDecimal(shown.path("average").asText())).isEqualByComparingTo(average(overall));
            for (TableKind kind : List.of(TableKind.OVERALL_TARGET, TableKind.PROJECT_TARGET)) {
                assertGradesShown(shown, kind, ofKind(cards, kind));
            }
            cards.forEach(c -> assertThat(shown.path("body").asText()).contains(c.unitName()));
            assertOnlyTheAppWasAsked(page, url);
        }
    }

    @Test
    void unitPageShowsTheUnitsScoreAndFindings() {
        UUID batchId = UUID.randomUUID();
        List<ScoreCard> unitCards = fileBatch(batchId).stream().filter(c -> c.unitCode().equals(CHECKED_UNIT)).toList();
        ScoreCard headline = ofKind(unitCards, TableKind.OVERALL_TARGET).get(0);
        List<Finding> findings = unitCards.stream().flatMap(c -> c.findings().stream()).toList();
        String url = app + "api/batches/" + batchId + "/units/" + CHECKED_UNIT + "/report?format=html";

        try (LoadedPage page = LoadedPage.open(chromium, url, bearer(TOKENS.unit(CHECKED_UNIT)))) {
            assertThat(page.documentStatus()).isEqualTo(200);
            JsonNode shown = page.evaluate(PageScripts.UNIT_FACTS);

            assertThat(shown.path("name").asText()).isEqualTo(headline.unitName());
            assertThat(new BigDecimal(shown.path("total").asText())).isEqualByComparingTo(headline.total());
            assertThat(shown.path("grade").asText()).isEqualTo(gradeOf(headline));
            assertThat(shown.path("findingCount").asText()).isEqualTo(String.valueOf(findings.size()));
            assertThat(shown.path("findingRows").asInt()).isEqualTo(findings.size());
            assertThat(shown.path("tableSections").asInt()).isEqualTo(unitCards.size());
            String body = shown.path("body").asText();
            findings.forEach(f -> assertThat(body).contains(f.evidence(), f.fix()));
            assertOnlyTheAppWasAsked(page, url);
        }
    }

    /** The four grades of one table kind: counts and shares in the table, bars in the chart. */
    private static void assertGradesShown(JsonNode shown, TableKind kind, List<ScoreCard> cards) {
        JsonNode counts = shown.path("counts").path(kind.name());
        JsonNode percents = shown.path("percents").path(kind.name());
        BigDecimal percentSum = BigDecimal.ZERO;
        for (String grade : GRADES) {
            long n = cards.stream().filter(c -> gradeOf(c).equals(grade)).count();
            assertThat(counts.path(grade).asText()).as("%s %s count", kind, grade).isEqualTo(String.valueOf(n));
            String percentText = percents.path(grade).asText();
            assertThat(percentText).as("%s %s share", kind, grade).matches("\\d{1,3}\\.\\d{2}%");
            BigDecimal percent = new BigDecimal(percentText.replace("%", ""));
            BigDecimal exact = BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(cards.size()), 6, RoundingMode.HALF_UP);
            assertThat(percent).as("%s %s share", kind, grade).isCloseTo(exact, within(new BigDecimal("0.01")));
            percentSum = percentSum.add(percent);
        }
        assertThat(percentSum).as("%s shares add up", kind).isEqualByComparingTo("100.00");

        JsonNode chart = shown.path("charts").path(kind.name());
        assertThat(chart.path("width").asDouble()).as("%s chart width", kind).isPositive();
        assertThat(chart.path("height").asDouble()).as("%s chart height", kind).isPositive();
        long most = GRADES.stream().mapToLong(g -> cards.stream().filter(c -> gradeOf(c).equals(g)).count()).max().orElseThrow();
        double tallest = chart.path("bars").path(GRADES.get(0)).asDouble();
        for (String grade : GRADES) {
            tallest = Math.max(tallest, chart.path("bars").path(grade).asDouble());
        }
        for (String grade : GRADES) {
            long n = cards.stream().filter(c -> gradeOf(c).equals(grade)).count();
            assertThat(chart.path("bars").path(grade).asDouble()).as("%s %s bar height", kind, grade)
                    .isCloseTo(tallest * n / most, within(1.5));
        }
        assertThat(tallest).isGreaterThan(50);
    }

    private static void assertOnlyTheAppWasAsked(LoadedPage page, String url) {
        URI origin = URI.create(url);
        assertThat(page.requestedUrls()).contains(url).allSatisfy(requested -> {
            URI u = URI.create(requested);
            assertThat(u.getHost()).as(requested).isIn("localhost", "127.0.0.1");
            assertThat(u.getPort()).as(requested).isEqualTo(origin.getPort());
        });
        assertThat(page.errors()).as("script and loading errors").isEmpty();
    }

    /**
     * Department 1 (a 系统 row, two units), 2, 3 and 4 (one unit each; 204001 files nothing). Overall tables
     * score 95, 72, 58, 90; project tables 80, 55, 66. 201002 has three findings on its overall table and one
     * on its project table.
     */
    private List<ScoreCard> fileBatch(UUID batchId) {
        Batch batch = new Batch(batchId, 2024, "某市", "二上", LocalDate.of(2024, 11, 5), null, List.of(
                new ControlEntry("1", null, "某市教育局", BigDecimal.valueOf(1500), true),
                new ControlEntry("1-1", "201001", "某市教育局机关", BigDecimal.valueOf(1000), false),
                new ControlEntry("1-2", "201002", "某市第一中学", BigDecimal.valueOf(500), false),
                new ControlEntry("2", "202001", "某市卫生健康委员会", BigDecimal.valueOf(800), false),
                new ControlEntry("3", "203001", "某市公安局", BigDecimal.valueOf(600), false),
                new ControlEntry("4", "204001", "某市档案馆", BigDecimal.valueOf(90), false)), List.of());
        connector.source("batches").send(envelope(Events.BATCH_UPDATED.type(), batchId, null, batch));
        List<Finding> overallFindings = List.of(
                Cards.finding("GOAL-SLOGAN", "goal", "Sheet1", 5, null, "抓难点、促突破"),
                Cards.finding("IND-VALUE-MISSING", "indicatorValues", "Sheet1", 15, "学生资助覆盖率", "未填写指标值"),
                Cards.finding("SAT-UNDER-90", "indicators", "Sheet1", 21, "家长满意度", "满意度≥85%"));
        List<Finding> projectFindings = List.of(
                Cards.finding("TIME-ONLY-YEAR-END", "indicators", "Sheet1", 9, "完成时间", "年底前完成"));
        List<ScoreCard> cards = List.of(
                Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 1, 95, List.of()),
                Cards.simple(batchId, "201001", "某市教育局机关", TableKind.PROJECT_TARGET, 1, 80, List.of()),
                Cards.simple(batchId, CHECKED_UNIT, "某市第一中学", TableKind.OVERALL_TARGET, 1, 72, overallFindings),
                Cards.simple(batchId, CHECKED_UNIT, "某市第一中学", TableKind.PROJECT_TARGET, 1, 55, projectFindings),
                Cards.simple(batchId, "202001", "某市卫生健康委员会", TableKind.OVERALL_TARGET, 1, 58, List.of()),
                Cards.simple(batchId, "203001", "某市公安局", TableKind.OVERALL_TARGET, 1, 90, List.of()),
                Cards.simple(batchId, "203001", "某市公安局", TableKind.PROJECT_TARGET, 1, 66, List.of()));
        cards.forEach(c -> connector.source("scored").send(
                envelope(Events.SUBMISSION_SCORED.type(), batchId, c.submissionId(), c)));
        // the JSON view tells when both channels have been consumed; the page's figures are checked independently
        await().atMost(WAIT).until(() -> {
            var report = given().auth().oauth2(TOKENS.reviewer()).get("/api/batches/{id}/report", batchId);
            return report.statusCode() == 200 && report.jsonPath().getInt("scope.unitsExpected") == 5
                    && report.jsonPath().getMap("scope.tablesByKind", String.class, Integer.class).values().stream()
                    .mapToInt(Integer::intValue).sum() == cards.size();
        });
        return cards;
    }

    private static String envelope(String type, UUID batchId, UUID submissionId, Object payload) {
        return Envelopes.write(EventEnvelope.of(type, Events.CURRENT_VERSION, batchId, submissionId, payload));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static List<ScoreCard> ofKind(List<ScoreCard> cards, TableKind kind) {
        return cards.stream().filter(c -> c.submission().tableKind() == kind).toList();
    }

    /** docs/domain.md §4: 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, else 不合格. */
    private static String gradeOf(ScoreCard card) {
        int total = card.total().intValueExact();
        return total >= 90 ? "优秀" : total >= 75 ? "良好" : total >= 60 ? "合格" : "不合格";
    }

    private static BigDecimal average(List<ScoreCard> cards) {
        BigDecimal sum = cards.stream().map(ScoreCard::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(cards.size()), 2, RoundingMode.HALF_UP);
    }
}
