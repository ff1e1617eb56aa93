package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.report.aggregate.Grades;
import org.perfreview.report.export.GradeBarChart;
import org.perfreview.report.export.Labels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * 等级分布: counts per grade (rows) and table kind (columns B...), then the percentages, and a native
 * column chart over the counts. Must live on an XSSF (not streamed) sheet because of the drawing.
 */
final class GradeDistributionSheet {
    static final String NAME = "等级分布";

    private GradeDistributionSheet() {
    }

    static void write(XSSFSheet sheet, WorkbookStyles styles, CityReport report) {
        Map<String, List<GradeCount>> byKind = report.gradeDistribution() == null ? Map.of() : report.gradeDistribution();
        TreeSet<String> gradeSet = new TreeSet<>(Grades.BEST_FIRST);
        gradeSet.addAll(Grades.ORDER);
        byKind.values().forEach(list -> list.forEach(g -> gradeSet.add(g.grade())));
        List<String> grades = new ArrayList<>(gradeSet);
        List<String> kinds = new ArrayList<>(byKind.keySet());

        List<String> headers = new ArrayList<>(List.of("等级"));
        kinds.forEach(k -> headers.add(Labels.kind(k)));
        kinds.forEach(k -> headers.add(Labels.kind(k) + "占比（%）"));
        SheetWriter writer = new SheetWriter(sheet, styles, 0, headers, 10);
        List<GradeBarChart.Series> series = new ArrayList<>();
        kinds.forEach(k -> series.add(new GradeBarChart.Series(Labels.kind(k), new ArrayList<>())));
        for (String grade : grades) {
            writer.nextRow().text(grade);
            List<GradeCount> found = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                GradeCount g = find(byKind.get(kinds.get(i)), grade);
                found.add(g);
                writer.integer(g.count());
                series.get(i).counts().add(g.count());
            }
            found.forEach(g -> writer.number(g.percent()));
        }
        Row total = sheet.createRow(grades.size() + 1);
        total.createCell(0).setCellValue("合计");
        for (int i = 0; i < kinds.size(); i++) {
            total.createCell(i + 1).setCellValue(series.get(i).counts().stream().mapToInt(Integer::intValue).sum());
        }
        if (!kinds.isEmpty()) {
            chart(sheet, grades, series, grades.size() + 3);
        }
    }

    private static void chart(XSSFSheet sheet, List<String> grades, List<GradeBarChart.Series> series, int topRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        var chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, topRow, 8, topRow + 20));
        String name = sheet.getSheetName();
        GradeBarChart.plot(chart, "绩效目标审核等级分布", grades, series, new GradeBarChart.Cells() {
            @Override
            public String range(CellRangeAddress range) {
                return range.formatAsString(name, true);
            }

            @Override
            public CellReference title(String title, int column) {
                return new CellReference(name, 0, column, true, true);
            }
        });
    }

    private static GradeCount find(List<GradeCount> counts, String grade) {
        return counts.stream().filter(g -> g.grade().equals(grade)).findFirst()
                .orElse(new GradeCount(grade, 0, BigDecimal.ZERO.setScale(2)));
    }
}
