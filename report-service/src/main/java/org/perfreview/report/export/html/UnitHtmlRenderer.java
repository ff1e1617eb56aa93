package org.perfreview.report.export.html;

import io.quarkus.qute.Template;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.report.export.UnitViewFactory;

import java.nio.charset.StandardCharsets;

/**
 * A unit's review page (template {@code report/unit.html}): headline under {@code #unit-grade} /
 * {@code #unit-total}, every finding with location, quoted text and fix ({@code tr[data-key]}), and
 * per refiling the fixed / still-open / new finding keys ({@code li[data-change]}). All text escaped.
 */
public final class UnitHtmlRenderer {
    private final Template template;

    /** @param template {@code report/unit.html} (see {@link org.perfreview.report.export.ReportTemplates}) */
    public UnitHtmlRenderer(Template template) {
        this.template = template;
    }

    public String renderString(UnitReport report) {
        return template.data("view", UnitViewFactory.of(report)).render();
    }

    public byte[] render(UnitReport report) {
        return renderString(report).getBytes(StandardCharsets.UTF_8);
    }
}
