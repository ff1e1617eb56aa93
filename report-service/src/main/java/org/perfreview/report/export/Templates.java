package org.perfreview.report.export;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A standalone Qute engine over {@code templates/} on the class path (no CDI needed). {@code .html}
 * templates are HTML-escaped on output; {@code .txt} templates are plain text (used to write the DOCX,
 * where nothing is markup). Records are read through their accessors.
 */
public final class Templates {
    private static final String ROOT = "templates/";
    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(Templates::locate)
            .build();

    private Templates() {
    }

    /** @param id path under {@code templates/}, e.g. {@code report/city.html} */
    public static Template get(String id) {
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
            url = Templates.class.getClassLoader().getResource(ROOT + id);
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
