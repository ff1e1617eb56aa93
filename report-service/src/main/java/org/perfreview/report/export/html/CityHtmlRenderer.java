package org.perfreview.report.export.html;

import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.report.export.CityView;
import org.perfreview.report.export.CityView.Distribution;
import org.perfreview.report.export.CityViewFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The city dashboard as one self-contained, printable HTML page (template {@code report/city.html}):
 * every value HTML-escaped, charts as inline SVG, key figures under stable ids and data attributes
 * ({@code #units-filed}, {@code #average-total}, {@code td[data-kind][data-grade]} ...).
 */
public final class CityHtmlRenderer {
    public static final String MEDIA_TYPE = "text/html; charset=UTF-8";

    /** A distribution with its chart, ready for the template. */
    public record Chart(Distribution distribution, RawString svg) {
    }

    private final Template template;

    /** @param template {@code report/city.html} (see {@link org.perfreview.report.export.ReportTemplates}) */
    public CityHtmlRenderer(Template template) {
        this.template = template;
    }

    public String renderString(CityReport report) {
        CityView view = CityViewFactory.of(report);
        List<Chart> charts = view.distributions().stream()
                .map(d -> new Chart(d, new RawString(SvgBarChart.render(d)))).toList();
        return template.data("view", view).data("charts", charts).render();
    }

    public byte[] render(CityReport report) {
        return renderString(report).getBytes(StandardCharsets.UTF_8);
    }
}
