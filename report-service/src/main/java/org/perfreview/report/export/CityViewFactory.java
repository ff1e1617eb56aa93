package org.perfreview.report.export;

import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.GradeCount;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.report.export.CityView.AmountCheck;
import org.perfreview.report.export.CityView.Comparison;
import org.perfreview.report.export.CityView.Department;
import org.perfreview.report.export.CityView.DimensionAverage;
import org.perfreview.report.export.CityView.Distribution;
import org.perfreview.report.export.CityView.Example;
import org.perfreview.report.export.CityView.Grade;
import org.perfreview.report.export.CityView.KindCount;
import org.perfreview.report.export.CityView.NotFiled;
import org.perfreview.report.export.CityView.Problem;
import org.perfreview.report.export.CityView.Row;
import org.perfreview.report.export.CityView.Scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Writes a {@link CityReport}'s figures as the report prints them. Tolerates missing parts (null lists). */
public final class CityViewFactory {
    private CityViewFactory() {
    }

    public static CityView of(CityReport r) {
        String region = Formats.text(r.region());
        String title = (r.region() == null ? "" : r.region()) + (r.fiscalYear() > 0 ? r.fiscalYear() + "年" : "")
                + "预算绩效目标审核报告";
        return new CityView(title, region, r.fiscalYear(), Formats.text(r.stage()), Formats.date(r.deadline()),
                Formats.dateTime(r.generatedAt()), r.round(), Labels.round(r.round()), scope(r),
                Formats.average(r.averageTotal()), distributions(r.gradeDistribution()), dimensions(r.dimensionAverages(), r.provisionalDimensions()),
                problems(r.topProblems()), departments(r.departments()), rows(r.failingUnits()),
                list(r.notFiled()).stream().map(n -> new NotFiled(n.seq(), n.unitCode(), n.unitName(), Formats.money(n.controlAmount()))).toList(),
                list(r.amountChecks()).stream().map(a -> new AmountCheck(a.unitCode(), a.unitName(), Formats.money(a.filed()),
                        Formats.money(a.control()), Formats.signedMoney(a.difference()))).toList(),
                Labels.sheetHeaders(), rows(r.scoreSheet()), comparison(r), reviewed(r.reviewProgress()));
    }

    private static Scope scope(CityReport r) {
        CityReport.Scope s = r.scope();
        if (s == null) {
            return new Scope(0, 0, 0, Formats.NONE, 0, List.of(), Formats.NONE, Formats.NONE, Formats.NONE);
        }
        int unlisted = list(r.departments()).stream().filter(d -> d.seq() == null).mapToInt(d -> list(d.units()).size()).sum();
        int listedFiled = s.unitsExpected() - list(r.notFiled()).size();
        Map<String, Integer> byKind = s.tablesByKind() == null ? Map.of() : s.tablesByKind();
        List<KindCount> kinds = byKind.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), Labels.kind(e.getKey()), e.getValue())).toList();
        String share = s.unitsExpected() == 0 ? Formats.NONE : Formats.percent(BigDecimal.valueOf(listedFiled * 100L)
                .divide(BigDecimal.valueOf(s.unitsExpected()), 2, RoundingMode.HALF_UP));
        return new Scope(s.unitsFiled(), s.unitsExpected(), unlisted, share, kinds.stream().mapToInt(KindCount::count).sum(), kinds,
                Formats.money(s.filedAmount()), Formats.money(s.controlAmount()), Formats.signedMoney(s.difference()));
    }

    static List<Distribution> distributions(Map<String, List<GradeCount>> byKind) {
        List<Distribution> result = new ArrayList<>();
        if (byKind != null) {
            byKind.forEach((kind, grades) -> result.add(new Distribution(kind, Labels.kind(kind), Labels.kindTitle(kind),
                    grades.stream().mapToInt(GradeCount::count).sum(),
                    grades.stream().map(g -> new Grade(g.grade(), g.count(), Formats.percent(g.percent()))).toList())));
        }
        return result;
    }

    private static List<DimensionAverage> dimensions(Map<String, BigDecimal> averages, Map<String, Integer> provisional) {
        List<DimensionAverage> result = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            BigDecimal value = averages == null ? null : averages.get(d.key());
            int tables = provisional == null ? 0 : provisional.getOrDefault(d.key(), 0);
            result.add(new DimensionAverage(d.key(), d.label(), Formats.average(value), tables));
        }
        return result;
    }

    private static List<Problem> problems(List<CityReport.Problem> problems) {
        List<CityReport.Problem> list = list(problems);
        return IntStream.range(0, list.size()).mapToObj(i -> {
            CityReport.Problem p = list.get(i);
            return new Problem(i + 1, p.ruleCode(), Formats.text(oneLine(p.title())), Labels.dimension(p.dimension()), p.count(),
                    p.units(), list(p.examples()).stream()
                    .map(e -> new Example(e.unitCode(), oneLine(e.unitName()), oneLine(e.evidence()))).toList());
        }).toList();
    }

    private static List<Department> departments(List<CityReport.DepartmentRollup> departments) {
        return list(departments).stream().map(d -> new Department(Formats.text(d.seq()), Formats.text(d.code()),
                d.name(), list(d.units()).size(), Formats.money(d.amount()), Formats.average(d.averageScore()),
                Formats.text(d.worstGrade()))).toList();
    }

    static List<Row> rows(List<UnitRow> rows) {
        List<UnitRow> list = list(rows);
        return IntStream.range(0, list.size()).mapToObj(i -> row(i + 1, list.get(i))).toList();
    }

    private static Row row(int rank, UnitRow u) {
        List<String> points = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            points.add(Formats.points(u.dimensions() == null ? null : u.dimensions().get(d.key())));
        }
        return new Row(rank, Formats.text(u.seq()), u.unitCode(), oneLine(u.unitName()), u.tableKind(), Labels.kind(u.tableKind()),
                u.tableKey(), Formats.money(u.amount()), points, Formats.points(u.total()), Formats.text(u.grade()));
    }

    private static Comparison comparison(CityReport r) {
        CityReport.Comparison c = r.previousRound();
        if (c == null) {
            return null;
        }
        String change = r.averageTotal() == null || c.averageTotal() == null ? Formats.NONE
                : (r.averageTotal().compareTo(c.averageTotal()) > 0 ? "+" : "")
                + Formats.average(r.averageTotal().subtract(c.averageTotal()));
        return new Comparison(c.round(), Labels.round(c.round()), Formats.dateTime(c.generatedAt()),
                Formats.average(c.averageTotal()), change, distributions(c.gradeDistribution()));
    }

    /** Quoted text on one line: the DOCX template is read line by line, and a quote must not start a line. */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The review section once a reviewer has touched a table (the rule table lists the rules reviewers judged). */
    private static CityReport.ReviewProgress reviewed(CityReport.ReviewProgress p) {
        if (p == null || p.reviewedTables() == 0) {
            return null;
        }
        return new CityReport.ReviewProgress(p.tables(), p.reviewedTables(), p.signedOffTables(), p.rounds(), p.machineGrades(),
                p.reviewedGrades(), p.ruleQuality().stream().filter(q -> q.confirmed() + q.adjusted() + q.dismissed() > 0).toList());
    }
}
