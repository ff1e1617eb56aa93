package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.MoneyReader;
import org.perfreview.intake.normalize.MoneyUnit;
import org.perfreview.intake.normalize.UnitCodeNormalizer;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 整体支出绩效目标表, read incrementally: header rows until the first body row, then unit fields (first
 * non-blank value of each column, or the fields filed above the header) and one indicator per row. Holds one
 * unit; a new header, a different unit code in the code column or a new unit's fields end it, so a stacked
 * sheet streams unit by unit. Money is read into 万元 under the unit its header, label or table declares.
 */
final class OverallTargetBuilder implements TableBuilder {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z\\-]{2,20}");

    private final Lexicon lexicon;
    private MoneyUnit.Declaration tableUnit;
    private final Map<ColumnRole, UnitFields.Field> fields = new EnumMap<>(ColumnRole.class);
    private final UnitFields rowFields;
    private final List<SheetRow> headerRows = new ArrayList<>();
    private final Map<ColumnRole, Text> unitTexts = new EnumMap<>(ColumnRole.class);
    private final List<Indicator> indicators = new ArrayList<>();
    private ColumnMap columns;
    private IndicatorRowReader reader;
    private String codeKey;
    private int firstRow;
    private int bodyRows;
    private boolean nextUnit;

    /**
     * @param fields    unit fields filed above the header (may be empty)
     * @param tableUnit the money unit the table's 金额单位 line declares, or null
     */
    OverallTargetBuilder(Lexicon lexicon, Map<ColumnRole, UnitFields.Field> fields, MoneyUnit.Declaration tableUnit) {
        this.lexicon = lexicon;
        this.fields.putAll(fields);
        this.tableUnit = tableUnit;
        this.rowFields = new UnitFields(lexicon);
        fields.forEach((role, f) -> unitTexts.put(role, role == ColumnRole.UNIT_CODE ? Cells.unitCode(f.value()) : Cells.text(f.value())));
        Text code = unitTexts.get(ColumnRole.UNIT_CODE);
        codeKey = code == null || code.isBlank() ? null : code.value();
    }

    private OverallTargetBuilder(OverallTargetBuilder previous) {
        this(previous.lexicon, Map.of(), previous.tableUnit);
        this.columns = previous.columns;
        this.headerRows.addAll(previous.headerRows);
        this.reader = new IndicatorRowReader(columns, lexicon);
    }

    @Override
    public boolean accept(SheetRow row) {
        if (firstRow == 0) {
            firstRow = row.number();
        }
        if (columns == null) {
            if (ColumnMap.isHeaderRow(row, lexicon) || headerRows.isEmpty()) {
                headerRows.add(row);
                declaredInHeader(row);
                return true;
            }
            columns = ColumnMap.fromHeader(headerRows, lexicon);
            reader = new IndicatorRowReader(columns, lexicon);
        } else if (bodyRows > 0 && StartDetector.isOverallHeader(row, lexicon)) {
            return false;
        } else if (bodyRows > 0) {
            Map<ColumnRole, UnitFields.Field> found = rowFields.fieldsIn(row);
            if (found.containsKey(ColumnRole.UNIT_CODE) || found.containsKey(ColumnRole.UNIT_NAME)) {
                return absorb(found);
            }
        }
        if (startsAnotherUnit(row)) {
            nextUnit = true;
            return false;
        }
        readBody(row);
        return true;
    }

    /**
     * Unit fields below the body (填报单位（盖章）：… in the signature lines) fill what the table lacks; fields
     * naming another unit (another code or name) start the next unit instead.
     */
    private boolean absorb(Map<ColumnRole, UnitFields.Field> found) {
        for (ColumnRole role : List.of(ColumnRole.UNIT_CODE, ColumnRole.UNIT_NAME)) {
            UnitFields.Field f = found.get(role);
            Text current = unitTexts.get(role);
            if (f != null && current != null && !current.isBlank()) {
                Text other = role == ColumnRole.UNIT_CODE ? Cells.unitCode(f.value()) : Cells.text(f.value());
                if (!other.value().equals(current.value())) {
                    return false;
                }
            }
        }
        found.forEach((role, f) -> {
            Text current = unitTexts.get(role);
            if (current == null || current.isBlank()) {
                unitTexts.put(role, role == ColumnRole.UNIT_CODE ? Cells.unitCode(f.value()) : Cells.text(f.value()));
                fields.put(role, f);
            }
        });
        Text code = unitTexts.get(ColumnRole.UNIT_CODE);
        if (codeKey == null && code != null && !code.isBlank()) {
            codeKey = code.value();
        }
        return true;
    }

    /** A "金额单位：元" cell in a header row declares the table's unit. */
    private void declaredInHeader(SheetRow row) {
        for (CellText c : row.nonBlankOrigins()) {
            if (Cells.key(c).startsWith("金额单位:")) {
                tableUnit = MoneyUnit.Declaration.combine(tableUnit, MoneyUnit.declaredIn(c.raw(), c.origin()));
            }
        }
    }

    private boolean startsAnotherUnit(SheetRow row) {
        Integer c = columns.column(ColumnRole.UNIT_CODE);
        if (c == null || codeKey == null) {
            return false;
        }
        CellText cell = row.cell(c);
        String code = UnitCodeNormalizer.normalize(cell.raw());
        return !cell.mergedCopy() && code != null && CODE.matcher(code).matches() && !code.equals(codeKey);
    }

    private void readBody(SheetRow row) {
        bodyRows++;
        for (ColumnRole role : ColumnRole.values()) {
            Integer c = columns.column(role);
            if (c == null || role.isIndicator()) {
                continue;
            }
            CellText cell = row.cell(c);
            Text current = unitTexts.get(role);
            if (current == null || current.isBlank() && !cell.isBlank()) {
                unitTexts.put(role, role == ColumnRole.UNIT_CODE ? Cells.unitCode(cell) : Cells.text(cell));
            }
        }
        Text code = unitTexts.get(ColumnRole.UNIT_CODE);
        if (codeKey == null && code != null && !code.isBlank()) {
            codeKey = code.value();
        }
        Indicator indicator = reader.read(row);
        if (indicator != null) {
            indicators.add(indicator);
        }
    }

    @Override
    public boolean hasContent() {
        return bodyRows > 0;
    }

    @Override
    public int firstRow() {
        return firstRow;
    }

    @Override
    public TableBuilder successor() {
        return nextUnit ? new OverallTargetBuilder(this) : null;
    }

    @Override
    public NormalizedTable build(Heading heading) {
        Text goal = unitTexts.get(ColumnRole.GOAL);
        List<Goal> goals = goal == null ? List.of() : List.of(new Goal(Goal.GoalKind.OVERALL, goal));
        List<ParseNote> unitProblems = new ArrayList<>();
        Funds funds = funds(unitProblems);
        List<ParseNote> notes = new ArrayList<>(
                new OverallTargetChecks(columns, headerRows.get(0), unitTexts, fields, indicators).notes(funds, unitProblems));
        notes.addAll(unitProblems);
        return new NormalizedTable(TableKind.OVERALL_TARGET, heading == null ? null : heading.text(),
                unitTexts.get(ColumnRole.UNIT_CODE), unitTexts.get(ColumnRole.UNIT_NAME), funds, null, goals,
                List.copyOf(indicators), null, null, notes);
    }

    private Funds funds(List<ParseNote> problems) {
        return new Funds(amount(ColumnRole.FUNDS_TOTAL, problems), amount(ColumnRole.GENERAL_BUDGET, problems),
                amount(ColumnRole.GOV_FUND, problems), amount(ColumnRole.SPECIAL_ACCOUNT, problems),
                amount(ColumnRole.OTHER_FUNDS, problems), amount(ColumnRole.BASIC, problems),
                amount(ColumnRole.PROJECT, problems));
    }

    private Amount amount(ColumnRole role, List<ParseNote> problems) {
        Text t = unitTexts.get(role);
        if (t == null) {
            return null;
        }
        MoneyReader.Reading reading = MoneyReader.read(t.raw(), t.at(), MoneyUnit.Declaration.combine(ownUnit(role), tableUnit));
        if (reading.problem() != null) {
            problems.add(reading.problem());
        }
        return reading.amount();
    }

    /** The unit the field's own label or column header declares. */
    private MoneyUnit.Declaration ownUnit(ColumnRole role) {
        UnitFields.Field field = fields.get(role);
        if (field != null) {
            return field.unit();
        }
        return columns == null ? null : columns.unit(role);
    }
}
