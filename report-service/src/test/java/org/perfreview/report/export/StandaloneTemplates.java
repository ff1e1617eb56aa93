package org.perfreview.report.export;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import org.perfreview.report.export.docx.CityDocxRenderer;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * TEST-ONLY: the report's templates rendered without Quarkus, so the export tests stay plain unit tests: a standalone
 * Qute engine over {@code templates/} on the class path. {@code .html} templates are HTML-escaped on output, {@code .txt}
 * templates are plain text, records are read through their accessors, as the service's own engine does
 * ({@code ReportTemplatesTest} checks that both render the same text; the build checks the templates' expressions).
 */
final class StandaloneTemplates {
    private static final String ROOT = "templates/";
    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(StandaloneTemplates::locate)
            .build();

    private StandaloneTemplates() {
    }

    static CityHtmlRenderer cityHtml() {
        return new CityHtmlRenderer(get("report/city.html"));
    }

    static UnitHtmlRenderer unitHtml() {
        return new UnitHtmlRenderer(get("report/unit.html"));
    }

    static CityDocxRenderer cityDocx() {
        return new CityDocxRenderer(get("report/city-report.txt"));
    }

    /** @param id path under {@code templates/}, e.g. {@code report/city.html} */
    static Template get(String id) {
        Template template = ENGINE.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("template not found: " + ROOT + id);
        }
        return template;
    }

    private static Optional<TemplateLocation> locate(String id) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(ROOT + id);
        if (url == null) {
            url = StandaloneTemplates.class.getClassLoader().getResource(ROOT + id);
        }
        if (url == null) {
            return Optional.empty();
        }
        Variant variant = Variant.forContentType(id.endsWith(".html") ? Variant.TEXT_HTML : Variant.TEXT_PLAIN);
        URL found = url;
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(found.openStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(variant);
            }
        });
    }
}
