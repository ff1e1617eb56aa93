package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.AmountCheck;
import org.perfreview.contracts.report.CityReport.Comparison;
import org.perfreview.contracts.report.CityReport.NotFiled;
import org.perfreview.contracts.report.CityReport.Scope;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.ControlIndex.Listed;
import org.perfreview.report.aggregate.UnitRows.Placed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a {@link CityReport} together from the aggregate's counters and its current cards. One pass
 * places every table (control row, department), one sort orders them; everything else is read from
 * the counters. Grouping by department happens here, not per event, because it depends on the
 * batch's control list, which can change on its own.
 */
final class CityReportAssembler {
    private final ControlIndex index;
    private final UnitPlacement placement;
    private final List<Placed> placed;

    CityReportAssembler(Batch batch, Collection<ScoreCard> cards) {
        this.index = new ControlIndex(batch);
        Map<String, String> unitNames = new HashMap<>();
        cards.forEach(c -> unitNames.merge(TableId.of(c).unitCode(), Objects.toString(Facts.unitName(c), ""),
                (a, b) -> a.compareTo(b) <= 0 ? a : b)); // any fixed choice: the smallest spelling
        this.placement = new UnitPlacement(index, unitNames);
        this.placed = new ArrayList<>(cards.size());
        for (ScoreCard card : cards) {
            placed.add(new Placed(card, placement.of(TableId.of(card).unitCode())));
        }
        placed.sort(UnitRows.LIST_ORDER);
    }

    CityReport assemble(UUID batchId, Batch batch, int round, CityReport previous, Instant generatedAt,
                        Counters counters) {
        List<Placed> overall = placed.stream().filter(p -> OverallTables.is(p.card())).toList();
        Scope scope = scope(overall, counters);
        return new CityReport(batchId,
                batch == null ? 0 : batch.fiscalYear(), batch == null ? null : batch.region(),
                batch == null ? null : batch.stage(), batch == null ? null : batch.deadline(),
                generatedAt, round, scope,
                counters.grades().distribution(), counters.overall().dimensionAverages(),
                counters.overall().averageTotal(), counters.topProblems(),
                DepartmentRollups.build(index, placement, placed),
                failing(), notFiled(overall), amountChecks(overall), scoreSheet(overall),
                comparison(previous), ReviewTally.of(placed.stream().map(Placed::card).toList()),
                counters.overall().provisionalCounts());
    }

    private Scope scope(List<Placed> overall, Counters counters) {
        int filedUnits = (int) overall.stream().map(p -> p.id().unitCode()).distinct().count();
        BigDecimal filed = counters.overall().filedAmount();
        BigDecimal control = index.controlAmount();
        return new Scope(filedUnits, index.units().size(), counters.grades().tablesByKind(), filed, control,
                control == null ? null : filed.subtract(control));
    }

    private List<UnitRow> scoreSheet(List<Placed> overall) {
        return overall.stream().sorted(UnitRows.RANK_ORDER).map(Placed::row).toList();
    }

    private List<UnitRow> failing() {
        return placed.stream().filter(p -> Grades.FAIL.equals(p.card().grade()))
                .sorted(UnitRows.FAILING_ORDER).map(Placed::row).toList();
    }

    private List<NotFiled> notFiled(List<Placed> overall) {
        Set<Integer> filed = new HashSet<>();
        overall.forEach(p -> filed.add(p.place().position()));
        List<NotFiled> result = new ArrayList<>();
        for (Listed listed : index.units()) {
            if (!filed.contains(listed.position())) {
                var e = listed.entry();
                result.add(new NotFiled(e.seq(), e.unitCode(), e.unitName(), e.amount()));
            }
        }
        return result;
    }

    /** Overall tables whose total funds are unknown, unlisted, or differ from the control amount. */
    private List<AmountCheck> amountChecks(List<Placed> overall) {
        List<AmountCheck> result = new ArrayList<>();
        for (Placed p : overall) {
            BigDecimal filed = p.row().amount();
            Listed listed = p.place().listed();
            BigDecimal control = listed == null ? null : listed.entry().amount();
            if (filed == null || control == null || filed.compareTo(control) != 0) {
                result.add(new AmountCheck(p.row().unitCode(), p.row().unitName(), filed, control,
                        filed == null || control == null ? null : filed.subtract(control)));
            }
        }
        return result;
    }

    private static Comparison comparison(CityReport previous) {
        return previous == null ? null
                : new Comparison(previous.round(), previous.generatedAt(), previous.averageTotal(),
                previous.gradeDistribution());
    }
}
