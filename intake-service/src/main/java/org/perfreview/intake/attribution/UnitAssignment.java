package org.perfreview.intake.attribution;

import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.ParsedTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who each table of an upload belongs to: its own unit code, else the unitCode named at upload, else the
 * control-list unit its name matches ({@link UnitAttribution}, said in a note). A table naming another unit
 * than the one named at upload is a mismatch (the whole upload is refused); a table that still has no unit is
 * refused alone, with its sheet and row, while the others are accepted.
 */
public final class UnitAssignment {

    private final List<ParsedTable> accepted = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private final List<ParseNote> mismatches = new ArrayList<>();

    public static UnitAssignment of(List<ParsedTable> tables, String unitCodeParam, Supplier<List<ControlEntry>> control) {
        UnitAssignment a = new UnitAssignment();
        UnitAttribution attribution = null;
        for (ParsedTable t : tables) {
            String code = t.table().unitCodeValue();
            if (unitCodeParam != null && !code.isBlank() && !code.equals(unitCodeParam)) {
                a.mismatches.add(new ParseNote(ParseNote.Level.ERROR, t.table().unitCode().at(),
                        "表中单位编码与上传时指定的 unitCode 不一致", unitCodeParam, code));
            } else if (unitCodeParam != null || !code.isBlank()) {
                a.accepted.add(t);
            } else {
                attribution = attribution != null ? attribution : new UnitAttribution(control.get());
                Optional<UnitAttribution.Match> match = attribution.attribute(t.table().unitNameValue());
                if (match.isPresent()) {
                    a.accepted.add(attributed(t, match.get()));
                } else {
                    a.refused.add(new Refused(t, unattributed(t)));
                }
            }
        }
        return a;
    }

    public List<ParsedTable> accepted() {
        return accepted;
    }

    public List<Refused> refused() {
        return refused;
    }

    public List<ParseNote> mismatches() {
        return mismatches;
    }

    public List<ParseNote> refusals() {
        return refused.stream().map(Refused::problem).toList();
    }

    private static ParsedTable attributed(ParsedTable p, UnitAttribution.Match match) {
        NormalizedTable t = p.table();
        String code = match.entry().unitCode();
        Text unitCode = new Text(code, t.unitCode() == null ? null : t.unitCode().raw(), t.unitCode() == null ? null : t.unitCode().at());
        List<ParseNote> notes = new ArrayList<>(t.notes() == null ? List.of() : t.notes());
        notes.add(new ParseNote(ParseNote.Level.WARNING, t.unitName() == null ? null : t.unitName().at(),
                "单位编码未填写：按单位名称“" + t.unitNameValue() + "”" + (match.folded() ? "（忽略空格和标点）" : "")
                        + "对应控制数清单中的“" + match.entry().unitName() + "”，单位编码取 " + code,
                "单位编码（6位）", ""));
        NormalizedTable withCode = new NormalizedTable(t.kind(), t.heading(), unitCode, t.unitName(), t.funds(), t.project(),
                t.goals(), t.indicators(), t.selfEvaluation(), t.baseData(), List.copyOf(notes));
        return new ParsedTable(withCode, p.sheet(), p.firstRow());
    }

    private static ParseNote unattributed(ParsedTable t) {
        String name = t.table().unitNameValue();
        String what = t.table().kind().title() + "（工作表 " + t.sheet() + " 第 " + t.firstRow() + " 行起）";
        String message = name.isBlank()
                ? "未找到单位编码和单位名称：" + what + "无法归属到单位，请填写单位编码，或上传时指定 unitCode"
                : "未找到单位编码，单位名称“" + name + "”也不在控制数清单中：" + what + "无法归属到单位，请填写单位编码，或上传时指定 unitCode";
        return new ParseNote(ParseNote.Level.ERROR, new Position(t.sheet(), t.firstRow(), 1), message, "单位编码（6位）",
                name.isBlank() ? "空" : name);
    }

    /** A table no unit could be found for, and the problem that says where it is. */
    public record Refused(ParsedTable table, ParseNote problem) {
    }
}
