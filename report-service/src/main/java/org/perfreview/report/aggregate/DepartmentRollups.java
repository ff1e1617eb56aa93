package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.DepartmentRollup;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.report.aggregate.UnitRows.Placed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Department roll-ups in control-list order, then 未列入控制数 if anyone landed there. A department lists
 * its units' overall tables with their filed money and average total; its worst grade covers every
 * table of its units (a failing project table shows even when the overall table passed).
 */
final class DepartmentRollups {
    private DepartmentRollups() {
    }

    /** @param placed all current tables, in list order */
    static List<DepartmentRollup> build(ControlIndex index, UnitPlacement placement, List<Placed> placed) {
        Map<String, List<UnitRow>> rows = new HashMap<>();
        Map<String, String> worst = new HashMap<>();
        for (Placed p : placed) {
            String department = p.place().department();
            worst.merge(department, Grades.label(p.card().grade()), Grades::worse);
            if (OverallTables.is(p.card())) {
                rows.computeIfAbsent(department, d -> new ArrayList<>()).add(p.row());
            }
        }
        Map<String, String> names = new LinkedHashMap<>(index.departments());
        if (worst.containsKey(UnitPlacement.UNLISTED)) {
            names.put(UnitPlacement.UNLISTED, UnitPlacement.UNLISTED);
        }
        List<DepartmentRollup> result = new ArrayList<>(names.size());
        names.forEach((seq, name) -> {
            boolean unlisted = UnitPlacement.UNLISTED.equals(seq);
            List<UnitRow> units = rows.getOrDefault(seq, List.of());
            result.add(new DepartmentRollup(unlisted ? null : seq, unlisted ? null : placement.departmentCode(seq),
                    name, List.copyOf(units), filedAmount(units), averageTotal(units), worst.get(seq)));
        });
        return result;
    }

    private static BigDecimal filedAmount(List<UnitRow> units) {
        return units.stream().map(UnitRow::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal averageTotal(List<UnitRow> units) {
        List<BigDecimal> totals = units.stream().map(UnitRow::total).filter(Objects::nonNull).toList();
        return totals.isEmpty() ? null
                : OverallTally.average(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add), totals.size());
    }
}
