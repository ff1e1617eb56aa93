package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.AmountParser;
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
 * non-blank value of each column) and one indicator per row. Holds one unit; a new header or a different
 * unit code in the code column ends it, so a stacked sheet streams unit by unit.
 */
final class OverallTargetBuilder implements TableBuilder {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z\\-]{2,20}");

    private final List<SheetRow> headerRows = new ArrayList<>();
    private final Map<ColumnRole, Text> unitTexts = new EnumMap<>(ColumnRole.class);
    private final List<Indicator> indicators = new ArrayList<>();
    private ColumnMap columns;
    private IndicatorRowReader reader;
    private String codeKey;
    private int firstRow;
    private int bodyRows;
    private boolean nextUnit;

    OverallTargetBuilder() {
    }

    private OverallTargetBuilder(ColumnMap columns, List<SheetRow> headerRows) {
        this.columns = columns;
        this.headerRows.addAll(headerRows);
        this.reader = new IndicatorRowReader(columns);
    }

    @Override
    public boolean accept(SheetRow row) {
        if (firstRow == 0) {
            firstRow = row.number();
        }
        if (columns == null) {
            if (ColumnMap.isHeaderRow(row) || headerRows.isEmpty()) {
                headerRows.add(row);
                return true;
            }
            columns = ColumnMap.fromHeader(headerRows);
            reader = new IndicatorRowReader(columns);
        } else if (bodyRows > 0 && StartDetector.isOverallHeader(row)) {
            return false;
        }
        if (startsAnotherUnit(row)) {
            nextUnit = true;
            return false;
        }
        readBody(row);
        return true;
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
        return nextUnit ? new OverallTargetBuilder(columns, headerRows) : null;
    }

    @Override
    public NormalizedTable build(Heading heading) {
        Text goal = unitTexts.get(ColumnRole.GOAL);
        List<Goal> goals = goal == null ? List.of() : List.of(new Goal(Goal.GoalKind.OVERALL, goal));
        List<ParseNote> notes = new OverallTargetChecks(columns, headerRows.get(0), unitTexts, indicators).notes();
        return new NormalizedTable(TableKind.OVERALL_TARGET, heading == null ? null : heading.text(),
                unitTexts.get(ColumnRole.UNIT_CODE), unitTexts.get(ColumnRole.UNIT_NAME), funds(), null, goals,
                List.copyOf(indicators), null, null, notes);
    }

    private Funds funds() {
        return new Funds(amount(ColumnRole.FUNDS_TOTAL), amount(ColumnRole.GENERAL_BUDGET), amount(ColumnRole.GOV_FUND),
                amount(ColumnRole.SPECIAL_ACCOUNT), amount(ColumnRole.OTHER_FUNDS), amount(ColumnRole.BASIC),
                amount(ColumnRole.PROJECT));
    }

    private Amount amount(ColumnRole role) {
        Text t = unitTexts.get(role);
        return t == null ? null : AmountParser.amount(t.raw(), t.at());
    }
}
