package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.Placeholders;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading problems of one overall table, as positioned notes: missing columns, blank unit fields, unreadable
 * amounts, and required fields found only by a weak word (what was assumed, so the unit can check it).
 */
final class OverallTargetChecks {

    private static final List<Map.Entry<ColumnRole, String>> REQUIRED = List.of(Map.entry(ColumnRole.UNIT_CODE, "单位编码"),
            Map.entry(ColumnRole.UNIT_NAME, "单位名称"), Map.entry(ColumnRole.FUNDS_TOTAL, "资金总额"));
    private static final List<Map.Entry<ColumnRole, String>> REQUIRED_COLUMNS = List.of(Map.entry(ColumnRole.NAME, "三级指标"),
            Map.entry(ColumnRole.VALUE, "指标值"));

    private final ColumnMap columns;
    private final SheetRow header;
    private final Map<ColumnRole, Text> unitTexts;
    private final Map<ColumnRole, UnitFields.Field> fields;
    private final List<Indicator> indicators;

    OverallTargetChecks(ColumnMap columns, SheetRow header, Map<ColumnRole, Text> unitTexts,
                        Map<ColumnRole, UnitFields.Field> fields, List<Indicator> indicators) {
        this.columns = columns;
        this.header = header;
        this.unitTexts = unitTexts;
        this.fields = fields;
        this.indicators = indicators;
    }

    /** @param unitProblems problems already raised for the amounts (an unknown money unit): not repeated */
    List<ParseNote> notes(Funds funds, List<ParseNote> unitProblems) {
        List<ParseNote> notes = new ArrayList<>();
        Position headerAt = new Position(header.sheet(), header.number(), 1);
        for (Map.Entry<ColumnRole, String> e : REQUIRED) {
            Text t = unitTexts.get(e.getKey());
            if (!columns.has(e.getKey()) && !fields.containsKey(e.getKey())) {
                notes.add(note(headerAt, "表头中未找到“" + e.getValue() + "”列", e.getValue(), headerTexts()));
            } else if (t == null || t.isBlank()) {
                notes.add(note(t == null ? headerAt : t.at(), "“" + e.getValue() + "”未填写", e.getValue(), ""));
            } else {
                weak(e.getKey(), e.getValue()).ifPresent(notes::add);
            }
        }
        for (Map.Entry<ColumnRole, String> e : REQUIRED_COLUMNS) {
            if (columns.has(e.getKey()) && columns.isWeak(e.getKey())) {
                notes.add(assumed(columns.header(e.getKey()), e.getValue()));
            }
        }
        List<Position> flagged = unitProblems.stream().map(ParseNote::at).toList();
        for (Amount a : List.of(nz(funds.total()), nz(funds.generalBudget()), nz(funds.govFund()), nz(funds.specialAccount()),
                nz(funds.other()), nz(funds.basic()), nz(funds.project()))) {
            boolean filled = a.raw() != null && !a.raw().isBlank() && !Placeholders.isPlaceholder(a.raw());
            if (filled && a.value() == null && !flagged.contains(a.at())) {
                notes.add(note(a.at(), "金额无法识别为数字", "数字（万元）", a.raw()));
            }
        }
        if (!columns.hasIndicators()) {
            notes.add(note(headerAt, "表头中未找到指标列", "一级指标/二级指标/三级指标/指标值", headerTexts()));
        } else if (indicators.isEmpty()) {
            notes.add(note(headerAt, "表中没有指标行", "至少一行绩效指标", ""));
        }
        return notes;
    }

    /** A required field read from a column or label that matched only a weak word. */
    private Optional<ParseNote> weak(ColumnRole role, String name) {
        UnitFields.Field field = fields.get(role);
        if (field != null) {
            return field.match().weak()
                    ? Optional.of(assumedLabel(field, name)) : Optional.empty();
        }
        return columns.isWeak(role) ? Optional.of(assumed(columns.header(role), name)) : Optional.empty();
    }

    private static ParseNote assumed(CellText header, String name) {
        return note(header.origin(), "低置信度：表头“" + header.raw().strip() + "”按“" + name + "”读取，请核对",
                name, header.raw().strip());
    }

    private static ParseNote assumedLabel(UnitFields.Field field, String name) {
        return note(field.value().origin(), "低置信度：标签“" + field.match().key() + "”按“" + name + "”读取，请核对",
                name, field.match().key());
    }

    private static Amount nz(Amount a) {
        return a == null ? new Amount(null, null, null) : a;
    }

    private String headerTexts() {
        return header.nonBlankOrigins().stream().map(CellText::raw).collect(Collectors.joining("/"));
    }

    private static ParseNote note(Position at, String message, String expected, String found) {
        return new ParseNote(ParseNote.Level.WARNING, at, message, expected, found);
    }
}
