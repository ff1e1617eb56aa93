package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Buffers one form table (project target, self-evaluation, base data: tens of rows) and extracts it when it
 * is complete. The kind comes from the title when there is one, else from the content (全年执行数 → 自评).
 */
final class FormBuilder implements TableBuilder {

    private final TableKind hint;
    private final Lexicon lexicon;
    private final List<SheetRow> rows = new ArrayList<>();
    private TableKind startKind;

    FormBuilder(TableKind hint, Lexicon lexicon) {
        this.hint = hint;
        this.lexicon = lexicon;
    }

    @Override
    public boolean accept(SheetRow row) {
        TableKind kind = StartDetector.formKind(row);
        if (!rows.isEmpty() && (kind != null && startKind != null || StartDetector.isOverallHeader(row, lexicon))) {
            return false;
        }
        if (startKind == null) {
            startKind = kind;
        }
        rows.add(row);
        return true;
    }

    @Override
    public boolean hasContent() {
        return rows.size() > 1;
    }

    @Override
    public int firstRow() {
        return rows.isEmpty() ? 0 : rows.get(0).number();
    }

    @Override
    public NormalizedTable build(Heading heading) {
        FormTable form = new FormTable(rows, lexicon);
        return switch (kind(form)) {
            case BASE_DATA -> new BaseDataExtractor(form).extract(heading);
            case OVERALL_SELF_EVAL -> new SelfEvalExtractor(form, false).extract(heading);
            case PROJECT_SELF_EVAL -> new SelfEvalExtractor(form, true).extract(heading);
            default -> new ProjectTargetExtractor(form).extract(heading);
        };
    }

    private TableKind kind(FormTable form) {
        if (hint != null && hint != TableKind.OVERALL_TARGET) {
            return hint;
        }
        boolean selfEval = form.find("全年执行数", "实际完成值", "实际完成情况").isPresent();
        boolean project = form.find("项目名称", "项目支出名称").isPresent();
        if (startKind == TableKind.BASE_DATA) {
            return TableKind.BASE_DATA;
        }
        if (selfEval) {
            return project ? TableKind.PROJECT_SELF_EVAL : TableKind.OVERALL_SELF_EVAL;
        }
        return TableKind.PROJECT_TARGET;
    }
}
