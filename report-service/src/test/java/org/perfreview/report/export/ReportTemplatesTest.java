package org.perfreview.report.export;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service renders the report's templates with Quarkus's engine (checked at build time), the export unit tests
 * with a standalone one: both must write the same text, so what those tests prove holds for the service.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportTemplatesTest {

    private static final ReportFixtures FIXTURES = new ReportFixtures();

    @Inject
    CityHtmlRenderer cityHtml;
    @Inject
    UnitHtmlRenderer unitHtml;
    @Inject
    @Location("report/city-report.txt")
    Template cityReportText;

    @Test
    void theCityPageIsWrittenAsTheStandaloneEngineWritesIt() {
        String served = cityHtml.renderString(FIXTURES.report);
        assertThat(served).contains("id=\"units-filed\"").contains("&lt;script&gt;");
        assertThat(served).isEqualTo(StandaloneTemplates.cityHtml().renderString(FIXTURES.report));
    }

    @Test
    void theUnitPageIsWrittenAsTheStandaloneEngineWritesIt() {
        String served = unitHtml.renderString(FIXTURES.unit);
        assertThat(served).contains("id=\"unit-grade\"");
        assertThat(served).isEqualTo(StandaloneTemplates.unitHtml().renderString(FIXTURES.unit));
    }

    @Test
    void theDraftReportTextIsWrittenAsTheStandaloneEngineWritesIt() {
        CityView view = CityViewFactory.of(FIXTURES.report);
        String served = cityReportText.data("view", view).render();
        assertThat(served).startsWith("@title ");
        assertThat(served).isEqualTo(StandaloneTemplates.get("report/city-report.txt").data("view", view).render());
    }
}
