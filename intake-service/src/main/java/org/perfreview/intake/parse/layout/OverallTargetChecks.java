package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.AmountParser;
import org.perfreview.intake.normalize.Placeholders;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading problems of one overall table, as positioned notes: missing columns, blank unit fields, unreadable amounts. */
final class OverallTargetChecks {

    private static final List<Map.Entry<ColumnRole, String>> REQUIRED = List.of(Map.entry(ColumnRole.UNIT_CODE, "单位编码"),
            Map.entry(ColumnRole.UNIT_NAME, "单位名称"), Map.entry(ColumnRole.FUNDS_TOTAL, "资金总额"));
    private static final List<ColumnRole> AMOUNTS = List.of(ColumnRole.FUNDS_TOTAL, ColumnRole.GENERAL_BUDGET,
            ColumnRole.GOV_FUND, ColumnRole.SPECIAL_ACCOUNT, ColumnRole.OTHER_FUNDS, ColumnRole.BASIC, ColumnRole.PROJECT);

    private final ColumnMap columns;
    private final SheetRow header;
    private final Map<ColumnRole, Text> unitTexts;
    private final List<Indicator> indicators;

    OverallTargetChecks(ColumnMap columns, SheetRow header, Map<ColumnRole, Text> unitTexts, List<Indicator> indicators) {
        this.columns = columns;
        this.header = header;
        this.unitTexts = unitTexts;
        this.indicators = indicators;
    }

    List<ParseNote> notes() {
        List<ParseNote> notes = new ArrayList<>();
        Position headerAt = new Position(header.sheet(), header.number(), 1);
        for (Map.Entry<ColumnRole, String> e : REQUIRED) {
            Text t = unitTexts.get(e.getKey());
            if (!columns.has(e.getKey())) {
                notes.add(note(headerAt, "表头中未找到“" + e.getValue() + "”列", e.getValue(), headerTexts()));
            } else if (t == null || t.isBlank()) {
                notes.add(note(t == null ? headerAt : t.at(), "“" + e.getValue() + "”未填写", e.getValue(), ""));
            }
        }
        for (ColumnRole role : AMOUNTS) {
            Text t = unitTexts.get(role);
            if (t != null && !t.isBlank() && AmountParser.parse(t.raw()) == null && !Placeholders.isPlaceholder(t.raw())) {
                notes.add(note(t.at(), "金额无法识别为数字", "数字（万元）", t.raw()));
            }
        }
        if (!columns.hasIndicators()) {
            notes.add(note(headerAt, "表头中未找到指标列", "一级指标/二级指标/三级指标/指标值", headerTexts()));
        } else if (indicators.isEmpty()) {
            notes.add(note(headerAt, "表中没有指标行", "至少一行绩效指标", ""));
        }
        return notes;
    }

    private String headerTexts() {
        return header.nonBlankOrigins().stream().map(CellText::raw).collect(Collectors.joining("/"));
    }

    private static ParseNote note(Position at, String message, String expected, String found) {
        return new ParseNote(ParseNote.Level.WARNING, at, message, expected, found);
    }
}
