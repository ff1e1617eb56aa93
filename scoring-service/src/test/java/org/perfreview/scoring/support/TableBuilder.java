package org.perfreview.scoring.support;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST-ONLY builder of normalized tables laid out like the A_template fixtures: header cells in rows 3-8,
 * indicator rows from row {@value #FIRST_ROW}, columns A 一级 … I 备注 (J-M self-evaluation figures).
 */
public final class TableBuilder {

    public static final int FIRST_ROW = 11;

    private TableKind kind;
    private String sheet = "Sheet1";
    private Text code;
    private Text name;
    private Funds funds;
    private ProjectInfo project;
    private final List<Goal> goals = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private SelfEvaluation selfEvaluation;
    private BaseData baseData;
    private final List<ParseNote> notes = new ArrayList<>();

    private TableBuilder(TableKind kind) {
        this.kind = kind;
    }

    public static TableBuilder of(TableKind kind) {
        return new TableBuilder(kind);
    }

    public static TableBuilder overall(String code, String name) {
        return new TableBuilder(TableKind.OVERALL_TARGET).sheetName(name).code(code).name(name);
    }

    public static TableBuilder project(String unitCode, String unitName, String projectName, Double total) {
        TableBuilder b = new TableBuilder(TableKind.PROJECT_TARGET).sheetName(projectName).code(unitCode).name(unitName);
        b.project = new ProjectInfo(b.cell(projectName, 3, 2), b.cell("", 3, 6), b.cell(unitName, 4, 2), null, null,
                b.amount(total, 5, 3), b.amount(total, 5, 5), null);
        return b;
    }

    /** An overall table of a made-up unit (funds 500 = 400 basic + 100 project) with a goal (null: none) and these rows. */
    public static NormalizedTable overallWith(String goal, String[]... rows) {
        TableBuilder b = overall("999001", "某单位").funds(500.0, 400.0, 100.0);
        if (goal != null) {
            b.goal(goal);
        }
        for (String[] r : rows) {
            b.row(r);
        }
        return b.build();
    }

    /** One row's cells for {@link #overallWith}, in {@link #row} order. */
    public static String[] cells(String... cells) {
        return cells;
    }

    /** Changes the kind (a project self-evaluation has the project header of a project table). */
    public TableBuilder kind(TableKind k) {
        this.kind = k;
        return this;
    }

    public TableBuilder sheetName(String s) {
        this.sheet = s;
        return this;
    }

    public TableBuilder code(String c) {
        this.code = c == null ? null : cell(c, 4, 2);
        return this;
    }

    public TableBuilder name(String n) {
        this.name = n == null ? null : cell(n, 4, 4);
        return this;
    }

    /** total, general budget, government fund, special account, other, basic, project (万元, null = blank). */
    public TableBuilder funds(Double total, Double general, Double govFund, Double special, Double other,
                              Double basic, Double projectFunds) {
        this.funds = new Funds(amount(total, 6, 2), amount(general, 6, 3), amount(govFund, 6, 4), amount(special, 6, 5),
                amount(other, 6, 6), amount(basic, 6, 7), amount(projectFunds, 6, 8));
        return this;
    }

    public TableBuilder funds(double total, double basic, Double projectFunds) {
        return funds(total, total, null, null, null, basic, projectFunds);
    }

    public TableBuilder goal(Goal.GoalKind gk, String text) {
        goals.add(new Goal(gk, cell(text, 8 + goals.size(), 2)));
        return this;
    }

    public TableBuilder goal(String text) {
        return goal(kind == TableKind.PROJECT_TARGET ? Goal.GoalKind.ANNUAL : Goal.GoalKind.OVERALL, text);
    }

    /** Cells in order: 一级, 二级, 三级, 类型, 指标值, 单位, 指标解释, 评(扣)分标准, 备注; missing ones are blank. */
    public TableBuilder row(String... cells) {
        return addRow(cells, null);
    }

    /** A self-evaluation row: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
    public TableBuilder selfRow(String l1, String l2, String indicator, String target, String actual,
                                Double weight, Double score, String reason) {
        int r = FIRST_ROW + indicators.size();
        SelfEvalFigures f = new SelfEvalFigures(cell(actual, r, 5), amount(weight, r, 6), amount(score, r, 7), cell(reason, r, 8));
        return addRow(new String[]{l1, l2, indicator, "", target}, f);
    }

    private TableBuilder addRow(String[] cells, SelfEvalFigures self) {
        int r = FIRST_ROW + indicators.size();
        String[] c = new String[9];
        for (int i = 0; i < 9; i++) {
            c[i] = i < cells.length && cells[i] != null ? cells[i] : "";
        }
        indicators.add(new Indicator(indicators.size(), cell(c[0], r, 1), cell(c[1], r, 2), cell(c[2], r, 3), operatorCell(c[3], r),
                cell(c[4], r, 5), cell(c[5], r, 6), cell(c[6], r, 7), cell(c[7], r, 8), cell(c[8], r, 9),
                TestTargets.map(c[3], c[4], c[5]), self));
        return this;
    }

    public TableBuilder selfEvaluation(Double start, Double full, Double executed, Double weight, String rate,
                                       Double score, Double total) {
        int totalRow = FIRST_ROW + 40;
        this.selfEvaluation = new SelfEvaluation(amount(start, 6, 3), amount(full, 6, 4), amount(executed, 6, 5),
                amount(weight, 6, 6), cell(rate, 6, 7), amount(score, 6, 8), amount(total, totalRow, 8),
                new Position(sheet, totalRow, 8));
        return this;
    }

    public TableBuilder baseData(Double authorized, Double actual, String rate, List<BaseData.Line> lines) {
        this.baseData = new BaseData(amount(authorized, 4, 2), amount(actual, 4, 3), cell(rate, 4, 4), lines);
        return this;
    }

    private int lines;

    public BaseData.Line line(String key, String label, Double lastYear, Double budget, Double fin) {
        int r = 8 + lines++;
        return new BaseData.Line(key, Text.of(label), amount(lastYear, r, 2), amount(budget, r, 3), amount(fin, r, 4));
    }

    public TableBuilder note(ParseNote.Level level, String message) {
        notes.add(new ParseNote(level, new Position(sheet, 1, 1), message, null, null));
        return this;
    }

    public NormalizedTable build() {
        return new NormalizedTable(kind, cell(name == null ? "" : name.value() + kind.title(), 1, 1), code, name, funds,
                project, List.copyOf(goals), List.copyOf(indicators), selfEvaluation, baseData, List.copyOf(notes));
    }

    /** The 指标值类型 cell normalized as intake does (大于等于 → ≥), the raw text kept. */
    private Text operatorCell(String raw, int row) {
        return new Text(TestTargets.operatorCell(raw), raw, new Position(sheet, row, 4));
    }

    private Text cell(String value, int row, int column) {
        return new Text(value == null ? "" : value.strip(), value, new Position(sheet, row, column));
    }

    private Amount amount(Double v, int row, int column) {
        return v == null ? null : new Amount(BigDecimal.valueOf(v), String.valueOf(v), new Position(sheet, row, column));
    }
}
