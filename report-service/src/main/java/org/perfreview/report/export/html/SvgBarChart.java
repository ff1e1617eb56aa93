package org.perfreview.report.export.html;

import org.perfreview.report.export.CityView.Distribution;
import org.perfreview.report.export.CityView.Grade;
import org.perfreview.report.export.GradeColors;

/**
 * An inline SVG bar chart of one grade distribution: a bar per grade, its count on top and its share
 * below the label. Self-contained (no script, no external font or stylesheet) so the page works
 * offline and prints as drawn.
 */
final class SvgBarChart {
    private static final int WIDTH = 440;
    private static final int HEIGHT = 240;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final int LEFT = 20;

    private SvgBarChart() {
    }

    static String render(Distribution distribution) {
        int max = distribution.grades().stream().mapToInt(Grade::count).max().orElse(0);
        int n = Math.max(1, distribution.grades().size());
        int slot = (WIDTH - 2 * LEFT) / n;
        int barWidth = slot * 3 / 5;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        String title = distribution.label() + "绩效目标审核等级分布";
        StringBuilder svg = new StringBuilder(1024)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" data-kind=\"").append(Xml.escape(distribution.kind()))
                .append("\" aria-label=\"").append(Xml.escape(title)).append("\"><title>").append(Xml.escape(title))
                .append("</title>")
                .append(line(LEFT, baseline, WIDTH - LEFT, baseline));
        for (int i = 0; i < distribution.grades().size(); i++) {
            Grade g = distribution.grades().get(i);
            int height = max == 0 ? 0 : Math.round((float) plotHeight * g.count() / max);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int center = x + barWidth / 2;
            svg.append("<rect class=\"bar\" data-grade=\"").append(Xml.escape(g.grade())).append("\" data-count=\"")
                    .append(g.count()).append("\" x=\"").append(x).append("\" y=\"").append(baseline - height)
                    .append("\" width=\"").append(barWidth).append("\" height=\"").append(height)
                    .append("\" fill=\"#").append(GradeColors.of(g.grade())).append("\"/>")
                    .append(text(center, baseline - height - 6, String.valueOf(g.count()), "count"))
                    .append(text(center, baseline + 18, g.grade(), "label"))
                    .append(text(center, baseline + 36, g.percent(), "percent"));
        }
        return svg.append("</svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#555\" stroke-width=\"1\"/>";
    }

    private static String text(int x, int y, String value, String cssClass) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" font-size=\"13\">"
                + Xml.escape(value) + "</text>";
    }
}
