package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Indicator;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The indicator block of a form table: its header row (一级指标 …), the rows under it, and the 总分 row ending it. */
final class FormIndicators {

    private final FormTable form;
    private ColumnMap columns;
    private int headerIndex = -1;
    private CellText totalLabel;
    private final List<Indicator> indicators = new ArrayList<>();

    FormIndicators(FormTable form) {
        this.form = form;
        read();
    }

    private void read() {
        List<SheetRow> rows = form.rows();
        for (int r = 0; r < rows.size() && headerIndex < 0; r++) {
            if (StartDetector.isIndicatorHeader(rows.get(r), form.lexicon())) {
                headerIndex = r;
            }
        }
        if (headerIndex < 0) {
            return;
        }
        columns = ColumnMap.fromHeader(List.of(rows.get(headerIndex)), form.lexicon());
        IndicatorRowReader reader = new IndicatorRowReader(columns, form.lexicon());
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            Optional<CellText> total = rows.get(r).nonBlankOrigins().stream()
                    .filter(c -> Labels.isLabel(Cells.key(c), "总分", "合计")).findFirst();
            if (total.isPresent()) {
                totalLabel = total.get();
                return;
            }
            Indicator indicator = reader.read(rows.get(r));
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
    }

    boolean found() {
        return headerIndex >= 0;
    }

    /** Row index of the indicator header, or the table's end when there is none. */
    int headerIndex() {
        return headerIndex < 0 ? form.rows().size() : headerIndex;
    }

    SheetRow headerRow() {
        return form.rows().get(headerIndex);
    }

    List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    ColumnMap columns() {
        return columns;
    }

    /** The cell of the 总分 row in a column role's column (分值, 得分), or empty. */
    Optional<CellText> total(ColumnRole role) {
        if (totalLabel == null || columns == null || !columns.has(role)) {
            return Optional.empty();
        }
        SheetRow row = form.rows().get(form.indexOf(totalLabel));
        return Optional.of(row.cell(columns.column(role)));
    }
}
