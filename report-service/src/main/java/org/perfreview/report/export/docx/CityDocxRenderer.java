package org.perfreview.report.export.docx;

import io.quarkus.qute.Template;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.report.export.CityView;
import org.perfreview.report.export.CityView.Distribution;
import org.perfreview.report.export.CityView.Grade;
import org.perfreview.report.export.CityViewFactory;
import org.perfreview.report.export.GradeBarChart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The draft city review report as Word: the seed report's sections (一、基本情况 ... 八、意见建议,
 * 附件1 审核情况表) written from the plain-text template {@code report/city-report.txt}, with the
 * distribution table, one native Word column chart per table kind (XWPF chart with embedded data,
 * editable in Word) and the score sheet. Paragraphs the reviewer must rewrite carry 【待审核人员修改】.
 */
public final class CityDocxRenderer {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final double CHART_WIDTH_CM = 15;
    private static final double CHART_HEIGHT_CM = 7.5;

    private final Template template;

    /** @param template {@code report/city-report.txt} (see {@link org.perfreview.report.export.ReportTemplates}) */
    public CityDocxRenderer(Template template) {
        this.template = template;
    }

    public byte[] render(CityReport report) {
        CityView view = CityViewFactory.of(report);
        String text = template.data("view", view).render();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.addHeadings(document);
            DocxWriter writer = new DocxWriter(document);
            for (String line : text.split("\\R")) {
                write(line.strip(), view, writer);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String line, CityView view, DocxWriter writer) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("@title ")) {
            writer.title(rest(line));
        } else if (line.startsWith("@subtitle ") || line.startsWith("@caption ")) {
            writer.centered(rest(line), 12);
        } else if (line.startsWith("@chart ")) {
            chart(writer, find(view, rest(line)));
        } else if (line.startsWith("@table ")) {
            DocxTables.write(rest(line), view, writer);
        } else if (line.equals("@pagebreak")) {
            writer.pageBreak();
        } else if (line.startsWith("## ")) {
            writer.heading(DocxStyles.HEADING_2, line.substring(3));
        } else if (line.startsWith("# ")) {
            writer.heading(DocxStyles.HEADING_1, line.substring(2));
        } else if (line.startsWith("> ")) {
            writer.quote(line.substring(2));
        } else {
            writer.body(line);
        }
    }

    private static void chart(DocxWriter writer, Distribution d) throws IOException {
        XWPFChart chart = writer.chart(CHART_WIDTH_CM, CHART_HEIGHT_CM);
        List<String> grades = d.grades().stream().map(Grade::grade).toList();
        List<Integer> counts = d.grades().stream().map(Grade::count).toList();
        GradeBarChart.plot(chart, d.label() + "绩效目标审核等级", grades, List.of(new GradeBarChart.Series(d.label(), counts)),
                new GradeBarChart.Cells() {
                    @Override
                    public String range(CellRangeAddress range) {
                        return chart.formatRange(range);
                    }

                    @Override
                    public CellReference title(String name, int column) {
                        return chart.setSheetTitle(name, column);
                    }
                });
    }

    private static Distribution find(CityView view, String kind) {
        return view.distributions().stream().filter(d -> d.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no distribution for " + kind));
    }

    private static String rest(String line) {
        return line.substring(line.indexOf(' ') + 1).strip();
    }
}
