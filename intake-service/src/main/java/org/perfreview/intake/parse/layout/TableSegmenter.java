package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.intake.normalize.MoneyUnit;
import org.perfreview.intake.parse.ParsedTable;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts the row stream into unit tables, layout-independently: title lines start a new unit and name its kind,
 * an overall header or a form label opens a table, the next title / header / unit code or the sheet's end
 * closes it. Each table goes to the sink as soon as it is complete, so at most one unit is held at a time.
 * Unit fields filed above an indicator header ({@link UnitFields}) and the 金额单位 a title or a line declares
 * are handed to the table that follows; sheets a template profile lists are skipped.
 */
public final class TableSegmenter implements RowHandler {

    private static final int KEPT_UNRECOGNISED = 3;

    private final Consumer<ParsedTable> sink;
    private final Lexicon lexicon;
    private final UnitFields fields;
    private final List<ParseNote> notes = new ArrayList<>();
    private final List<CellText> unrecognised = new ArrayList<>();
    private String sheet;
    private Heading heading;
    private int headingRow;
    private TableBuilder builder;
    private int tables;
    private int sheets;
    private int sheetTables;
    private boolean skipped;
    private MoneyUnit.Declaration moneyUnit;
    private boolean moneyUnitUsed;

    public TableSegmenter(Consumer<ParsedTable> sink, Lexicon lexicon) {
        this.sink = sink;
        this.lexicon = lexicon;
        this.fields = new UnitFields(lexicon);
    }

    @Override
    public void startSheet(String name) {
        sheet = name;
        sheets++;
        sheetTables = 0;
        heading = null;
        builder = null;
        fields.clear();
        moneyUnit = null;
        skipped = lexicon.skipsSheet(name);
    }

    @Override
    public void row(SheetRow row) {
        if (skipped || row.isBlank()) {
            return;
        }
        if (Titles.isNoise(row)) {
            declareMoneyUnit(row);
            return;
        }
        Heading title = Titles.heading(row);
        if (title != null) {
            flush();
            fields.clear();
            heading = title;
            headingRow = row.number();
            declareMoneyUnit(row);
            return;
        }
        if (builder != null && !builder.accept(row)) {
            TableBuilder next = builder.successor();
            flush();
            builder = next;
            if (builder != null) {
                builder.accept(row);
                return;
            }
        }
        if (builder == null) {
            if (overallContext() && StartDetector.formKind(row) == null && fields.offer(row)) {
                return;
            }
            builder = start(row);
            if (builder == null) {
                remember(row);
            } else {
                builder.accept(row);
            }
        }
    }

    private TableBuilder start(SheetRow row) {
        TableKind hint = heading == null ? null : heading.kind();
        if (StartDetector.isOverallHeader(row, lexicon)) {
            return overall();
        }
        TableKind form = StartDetector.formKind(row);
        if (form != null || !overallContext()) {
            fields.clear();
            return new FormBuilder(hint, lexicon);
        }
        if (StartDetector.isIndicatorHeader(row, lexicon) || StartDetector.isSectionedIndicatorHeader(row, lexicon)) {
            return overall();
        }
        return null;
    }

    private boolean overallContext() {
        return heading == null || heading.kind() == null || heading.kind() == TableKind.OVERALL_TARGET;
    }

    private OverallTargetBuilder overall() {
        moneyUnitUsed = true;
        MoneyUnit.Declaration unit = MoneyUnit.Declaration.combine(moneyUnit, fields.moneyUnit());
        return new OverallTargetBuilder(lexicon, fields.take(), unit);
    }

    /**
     * 金额单位 of the tables that follow: a line or title declaring one replaces the declaration tables were
     * already read under; two declarations for the same table that disagree leave its unit unknown.
     */
    private void declareMoneyUnit(SheetRow row) {
        CellText only = row.nonBlankOrigins().get(0);
        MoneyUnit.Declaration declared = MoneyUnit.declaredIn(only.raw(), only.origin());
        if (declared == null) {
            return;
        }
        moneyUnit = moneyUnitUsed ? declared : MoneyUnit.Declaration.combine(moneyUnit, declared);
        moneyUnitUsed = false;
    }

    @Override
    public void endSheet() {
        flush();
        if (skipped) {
            notes.add(new ParseNote(ParseNote.Level.WARNING, null, "工作表“" + sheet + "”按模板配置跳过", "", sheet));
        } else if (sheetTables == 0) {
            notes.add(new ParseNote(ParseNote.Level.WARNING, null, "工作表“" + sheet + "”中未识别到绩效表格，已跳过",
                    "表头（单位编码/单位名称/一级指标…）或表单标签（项目名称/编制数…）", ""));
        }
    }

    private void flush() {
        if (builder != null && !builder.hasContent()) {
            notes.add(new ParseNote(ParseNote.Level.WARNING, new Position(sheet, builder.firstRow(), 1),
                    "表头下没有数据行，已跳过", "表头下的单位或指标数据", ""));
        }
        if (builder != null && builder.hasContent()) {
            NormalizedTable table = builder.build(heading);
            int first = heading != null ? headingRow : builder.firstRow();
            heading = null;
            tables++;
            sheetTables++;
            sink.accept(new ParsedTable(table, sheet, first));
        }
        builder = null;
    }

    private void remember(SheetRow row) {
        if (unrecognised.size() < KEPT_UNRECOGNISED) {
            unrecognised.add(row.nonBlank().get(0));
        }
    }

    public int tables() {
        return tables;
    }

    public int sheets() {
        return sheets;
    }

    public List<ParseNote> notes() {
        return notes;
    }

    /** The first rows that matched no layout, for the UNKNOWN_LAYOUT message. */
    public List<CellText> unrecognised() {
        return unrecognised;
    }
}
