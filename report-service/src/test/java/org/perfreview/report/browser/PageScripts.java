package org.perfreview.report.browser;

/**
 * TEST-ONLY: what the report pages show, read in the browser as plain JSON: the rendered text
 * ({@code innerText}) of the elements holding key figures, and the laid-out size of the charts.
 */
final class PageScripts {

    private static final String HELPERS = """
            const shown = (id) => document.getElementById(id).innerText.trim();
            const byKindAndGrade = (selector, gradeOf) => {
              const result = {};
              document.querySelectorAll(selector).forEach(e => {
                (result[e.dataset.kind] ??= {})[gradeOf(e)] = e.innerText.trim();
              });
              return result;
            };
            """;

    /** City dashboard: headline cards, tables per kind, grade counts and shares, chart and bar sizes. */
    static final String CITY_FACTS = "(() => {" + HELPERS + """
            const tablesByKind = {};
            document.querySelectorAll('td[data-tables-kind]').forEach(e => tablesByKind[e.dataset.tablesKind] = e.innerText.trim());
            const charts = {};
            document.querySelectorAll('svg.chart').forEach(svg => {
              const box = svg.getBoundingClientRect();
              const bars = {};
              svg.querySelectorAll('rect.bar').forEach(bar => bars[bar.dataset.grade] = bar.getBoundingClientRect().height);
              charts[svg.dataset.kind] = { width: box.width, height: box.height, bars };
            });
            return {
              unitsFiled: shown('units-filed'), unitsExpected: shown('units-expected'), tables: shown('tables-total'),
              average: shown('average-total'), failing: shown('failing-count'), notFiled: shown('not-filed-count'),
              tablesByKind, charts,
              counts: byKindAndGrade('td[data-kind][data-grade]', e => e.dataset.grade),
              percents: byKindAndGrade('td[data-kind][data-grade-percent]', e => e.dataset.gradePercent),
              svgCount: document.querySelectorAll('svg').length,
              body: document.body.innerText
            };
            })()""";

    /** Unit page: headline cards, finding rows and table sections. */
    static final String UNIT_FACTS = "(() => {" + HELPERS + """
            return {
              name: shown('unit-name'), total: shown('unit-total'), grade: shown('unit-grade'),
              findingCount: shown('finding-count'),
              findingRows: document.querySelectorAll('tr[data-rule]').length,
              tableSections: document.querySelectorAll('section.table-score').length,
              body: document.body.innerText
            };
            })()""";

    private PageScripts() {
    }
}
