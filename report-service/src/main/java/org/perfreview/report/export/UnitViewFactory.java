package org.perfreview.report.export;

import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.report.UnitReport.TableScore;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.report.aggregate.FindingKeys;
import org.perfreview.report.export.UnitView.Change;
import org.perfreview.report.export.UnitView.FindingGroup;
import org.perfreview.report.export.UnitView.FindingLine;
import org.perfreview.report.export.UnitView.Points;
import org.perfreview.report.export.UnitView.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes a {@link UnitReport} as the unit page and the 整改通知 print it. */
public final class UnitViewFactory {
    private UnitViewFactory() {
    }

    public static UnitView of(UnitReport r) {
        AtomicInteger seq = new AtomicInteger();
        List<Table> tables = list(r.tables()).stream().map(t -> table(t, seq)).toList();
        List<Change> history = list(r.history()).stream().map(UnitViewFactory::change).toList();
        return new UnitView(r.unitCode(), r.unitName(), Formats.text(r.grade()), Formats.text(r.action()),
                Formats.points(r.total()), Formats.dateTime(r.generatedAt()), seq.get(), tables, history);
    }

    private static Table table(TableScore t, AtomicInteger seq) {
        List<Points> points = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            points.add(new Points(d.key(), d.label(), Formats.points(t.dimensions() == null ? null : t.dimensions().get(d.key())),
                    t.provisionalDimensions().contains(d.key())));
        }
        String kind = t.tableKind() == null ? null : t.tableKind().name();
        return new Table(kind, Labels.kind(kind), Labels.kindTitle(kind), t.tableKey(), t.version(),
                Formats.text(t.rulebookVersion()), Formats.points(t.total()), Formats.text(t.grade()),
                Formats.text(t.action()), points, groups(list(t.findings()), seq), list(t.deferredRules()), review(t.review()));
    }

    private static UnitView.ReviewLines review(Review r) {
        if (r == null) {
            return null;
        }
        List<UnitView.DecisionLine> decisions = r.decisions().stream().map(d -> new UnitView.DecisionLine(Labels.decision(d.action()),
                Labels.decisionStatus(d.status()), d.ruleCode(), Formats.text(d.title()), Formats.text(d.indicator()),
                Formats.points(d.points()), Formats.text(d.reason()))).toList();
        List<String> rounds = r.rounds().stream().map(o -> o.round() + "：" + o.outcome() + "（第" + o.version() + "版"
                + (o.refileDeadline() == null ? "" : "，" + Formats.date(o.refileDeadline()) + "前重新报送") + "）").toList();
        return new UnitView.ReviewLines(Formats.points(r.machineTotal()), Formats.text(r.machineGrade()), decisions, rounds, r.afterSignOff());
    }

    /** Consecutive findings of one dimension form a group (the report already lists them in sheet order). */
    private static List<FindingGroup> groups(List<Finding> findings, AtomicInteger seq) {
        Map<String, List<FindingLine>> byDimension = new LinkedHashMap<>();
        for (Finding f : findings) {
            String label = Labels.dimension(f.dimension());
            byDimension.computeIfAbsent(label, k -> new ArrayList<>()).add(line(f, seq.incrementAndGet()));
        }
        List<FindingGroup> groups = new ArrayList<>();
        byDimension.forEach((label, lines) -> groups.add(new FindingGroup(keyOf(label), label, List.copyOf(lines))));
        return groups;
    }

    private static FindingLine line(Finding f, int seq) {
        return new FindingLine(seq, f.ruleCode(), FindingKeys.of(f), Formats.text(f.title()), Labels.severity(f.severity()),
                Formats.points(f.points()), f.points(), Locations.describe(f.location()), f.evidence() == null ? "" : f.evidence(),
                f.fix() == null ? "" : f.fix());
    }

    private static String keyOf(String label) {
        for (Dimension d : Dimension.values()) {
            if (d.label().equals(label)) {
                return d.key();
            }
        }
        return label;
    }

    private static Change change(UnitReport.VersionChange h) {
        Map<String, UnitReport.ChangedFinding> named = new HashMap<>();
        list(h.findings()).forEach(f -> named.put(f.key(), f));
        return new Change(Labels.kind(h.tableKind()), h.tableKey(), h.version(), Formats.points(h.total()),
                Formats.text(h.grade()), words(h.fixed(), named), words(h.stillOpen(), named), words(h.newlyFound(), named));
    }

    /** Finding keys in words, {@code 标题（Sheet1!F12 指标“…”）}; the bare key in reports written before the words. */
    private static List<String> words(List<String> keys, Map<String, UnitReport.ChangedFinding> named) {
        return list(keys).stream().map(k -> {
            UnitReport.ChangedFinding f = named.get(k);
            return f == null ? k : (f.title() == null ? f.ruleCode() : f.title()) + "（" + Locations.describe(f.location()) + "）";
        }).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
