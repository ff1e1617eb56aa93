package org.perfreview.bench.score;

import org.perfreview.bench.parse.SyntheticUnits;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of {@code units} units built in memory from the real normalized sample tables. Unit {@code i} files
 * sample table {@code i mod n} (goal, indicators, funds) under its own code and name, so every real goal is
 * filed by about units/n units and copy detection has that much real work. A unit with 项目支出 files two
 * project tables splitting it (every 5th unit's do not add up; every 10th unit's first project goal is its
 * overall goal). The funds and staffing lists hold every unit but 1 in 100 (those fall through to the fuzzy name
 * search); every 7th amount differs from the table, every 5th unit is over its staff quota. {@code listCodes}:
 * lists carry unit codes, or (false, as the real funds list) names only.
 */
public record SyntheticBatch(List<NormalizedTable> overallTables, List<NormalizedTable> projectTables, Batch batch) {

    public static SyntheticBatch build(int units, List<NormalizedTable> templates, boolean listCodes) {
        List<NormalizedTable> overall = new ArrayList<>(units);
        List<NormalizedTable> projects = new ArrayList<>();
        List<ControlEntry> control = new ArrayList<>(units);
        List<StaffingEntry> staffing = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            NormalizedTable template = templates.get(i % templates.size());
            NormalizedTable t = reissue(template, SyntheticUnits.code(i), SyntheticUnits.name(template.unitNameValue(), i));
            overall.add(t);
            BigDecimal project = t.funds() == null ? null : Amount.valueOf(t.funds().project());
            if (project != null && project.signum() > 0) {
                String otherGoal = goalText(templates.get((i + 1) % templates.size()));
                projects.add(project(t, "项目A", share(project, 0.6), i % 10 == 0 ? goalText(t) : otherGoal));
                BigDecimal rest = project.subtract(share(project, 0.6)).add(i % 5 == 0 ? BigDecimal.TEN : BigDecimal.ZERO);
                projects.add(project(t, "项目B", rest, otherGoal));
            }
            if (i % 100 != 37) {
                String code = listCodes ? t.unitCodeValue() : null;
                BigDecimal total = t.totalAmount();
                BigDecimal listed = total == null ? null : i % 7 == 0 ? total.add(BigDecimal.valueOf(5)) : total;
                control.add(new ControlEntry((100 + i / 100) + "-" + (i % 100 + 1), code, t.unitNameValue(), listed, false));
                staffing.add(new StaffingEntry(code, t.unitNameValue(), 50, i % 5 == 0 ? 55 : 48));
            }
        }
        return new SyntheticBatch(List.copyOf(overall), List.copyOf(projects), ScoringSetup.batch(control, staffing));
    }

    static NormalizedTable reissue(NormalizedTable t, String code, String name) {
        return new NormalizedTable(t.kind(), t.heading(), retext(t.unitCode(), code), retext(t.unitName(), name), t.funds(),
                t.project(), t.goals(), t.indicators(), t.selfEvaluation(), t.baseData(), t.notes());
    }

    private static NormalizedTable project(NormalizedTable unit, String name, BigDecimal amount, String annualGoal) {
        ProjectInfo info = new ProjectInfo(Text.of(unit.unitNameValue() + name), null, unit.unitName(), Text.of("延续项目"),
                Text.of("1年"), Amount.of(amount), Amount.of(amount), null);
        List<Goal> goals = annualGoal.isEmpty() ? List.of() : List.of(new Goal(Goal.GoalKind.ANNUAL, Text.of(annualGoal)));
        return new NormalizedTable(TableKind.PROJECT_TARGET, null, unit.unitCode(), unit.unitName(), null, info, goals,
                unit.indicators(), null, null, List.of());
    }

    private static Text retext(Text original, String value) {
        return new Text(value, value, original == null ? null : original.at());
    }

    private static BigDecimal share(BigDecimal amount, double part) {
        return amount.multiply(BigDecimal.valueOf(part)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String goalText(NormalizedTable t) {
        return t.goals() == null || t.goals().isEmpty() ? "" : Text.valueOf(t.goals().get(0).text());
    }
}
