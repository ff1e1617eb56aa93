package org.perfreview.report.export;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.perfreview.report.export.docx.CityDocxRenderer;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;

/**
 * The renderers that write the report's Qute templates, each given its template by Quarkus. Every template under
 * {@code templates/report/} declares its parameters ({@code {@org.perfreview.report.export.CityView view}}), so the
 * build checks every expression against the view records and a typo fails the build, not a request. The renderers
 * take the template as a value because the export unit tests render the same files without Quarkus (through a
 * standalone engine, {@code StandaloneTemplates} in the tests; {@code ReportTemplatesTest} checks both agree).
 */
@ApplicationScoped
public class ReportTemplates {

    @Produces
    @Singleton
    CityHtmlRenderer cityHtml(@Location("report/city.html") Template template) {
        return new CityHtmlRenderer(template);
    }

    @Produces
    @Singleton
    UnitHtmlRenderer unitHtml(@Location("report/unit.html") Template template) {
        return new UnitHtmlRenderer(template);
    }

    @Produces
    @Singleton
    CityDocxRenderer cityDocx(@Location("report/city-report.txt") Template template) {
        return new CityDocxRenderer(template);
    }
}
