package org.perfreview.report.export.docx;

import org.perfreview.report.export.CityView;
import org.perfreview.report.export.CityView.Distribution;
import org.perfreview.report.export.CityView.Grade;
import org.perfreview.report.export.CityView.Row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The tables a {@code @table <name>} line of the report template asks for. */
public final class DocxTables {
    static final String GRADES = "grades";
    static final String DIMENSIONS = "dimensions";
    static final String SCORE_SHEET = "scoresheet";
    private static final int BODY_TABLE_FONT = 11;
    private static final int SHEET_FONT = 8;

    private DocxTables() {
    }

    static void write(String name, CityView view, DocxWriter writer) {
        switch (name) {
            case GRADES -> grades(view, writer);
            case DIMENSIONS -> dimensions(view, writer);
            case SCORE_SHEET -> scoreSheet(view, writer);
            default -> throw new IllegalArgumentException("unknown table in report template: " + name);
        }
    }

    /** 等级 | per kind: 数量, 占比. */
    private static void grades(CityView view, DocxWriter writer) {
        List<String> header = new ArrayList<>(List.of("等级"));
        Set<String> grades = new LinkedHashSet<>();
        for (Distribution d : view.distributions()) {
            header.add(d.label() + "数量");
            header.add(d.label() + "占比");
            d.grades().forEach(g -> grades.add(g.grade()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String grade : grades) {
            List<String> row = new ArrayList<>(List.of(grade));
            for (Distribution d : view.distributions()) {
                Grade g = d.grades().stream().filter(x -> x.grade().equals(grade)).findFirst().orElse(new Grade(grade, 0, "0.00%"));
                row.add(String.valueOf(g.count()));
                row.add(g.percent());
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("合计"));
        view.distributions().forEach(d -> total.addAll(List.of(String.valueOf(d.total()), "100.00%")));
        rows.add(total);
        writer.table(header, rows, BODY_TABLE_FONT);
    }

    private static void dimensions(CityView view, DocxWriter writer) {
        List<List<String>> rows = new ArrayList<>();
        view.dimensions().forEach(d -> rows.add(List.of(d.label(), d.average())));
        rows.add(List.of("总分", view.averageTotal()));
        writer.table(List.of("维度", "平均得分"), rows, BODY_TABLE_FONT);
    }

    /**
     * Most units 附件1 lists in the Word draft: a city's few hundred fit; a province-sized batch's full sheet belongs
     * in the XLSX export (a Word table of 10,000 rows is unreadable and takes more memory than the service has).
     */
    public static final int MAX_SHEET_ROWS = 1000;

    /** 附件1 in the seed's columns: 序号, 单位名称, the eight dimensions, 总分. */
    private static void scoreSheet(CityView view, DocxWriter writer) {
        List<String> header = new ArrayList<>(List.of("序号", "单位名称"));
        header.addAll(view.sheetHeaders());
        List<Row> sheet = view.scoreSheet();
        if (sheet.size() > MAX_SHEET_ROWS) {
            writer.body("本附件列出前" + MAX_SHEET_ROWS + "个单位；全部" + sheet.size() + "个单位的审核情况表见 XLSX 导出。");
            sheet = sheet.subList(0, MAX_SHEET_ROWS);
        }
        List<List<String>> rows = new ArrayList<>(sheet.size());
        for (Row r : sheet) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank()), r.unitName()));
            row.addAll(r.points());
            row.add(r.total());
            rows.add(row);
        }
        writer.table(header, rows, SHEET_FONT);
    }
}
