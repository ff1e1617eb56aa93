package org.perfreview.intake.parse.layout;

import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.List;
import java.util.Optional;

/**
 * A buffered form table (label cells with values beside or below them) and the look-ups the form extractors
 * share. Labels are matched by key and must be short, so a goal text mentioning 预期目标 is not a label.
 */
final class FormTable {

    private final List<SheetRow> rows;
    private final Lexicon lexicon;

    FormTable(List<SheetRow> rows, Lexicon lexicon) {
        this.rows = rows;
        this.lexicon = lexicon;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    List<SheetRow> rows() {
        return rows;
    }

    SheetRow first() {
        return rows.get(0);
    }

    /** The first label cell (top to bottom, left to right) naming one of the words, from row index {@code from}. */
    Optional<CellText> find(int from, String... words) {
        for (int r = Math.max(from, 0); r < rows.size(); r++) {
            for (CellText c : rows.get(r).nonBlankOrigins()) {
                if (Labels.isLabel(Cells.key(c), words)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    Optional<CellText> find(String... words) {
        return find(0, words);
    }

    /** Index in {@link #rows()} of the row holding the cell. */
    int indexOf(CellText cell) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).number() == cell.at().row() && rows.get(r).sheet().equals(cell.at().sheet())) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The value beside a label: the next cell to the right that is not part of the label's merged region. A
     * blank cell counts when the next text to the right is another label (主管部门 left blank before 实施单位).
     */
    CellText rightOf(CellText label) {
        SheetRow row = rows.get(indexOf(label));
        CellText firstBlank = null;
        for (int c = label.at().column() + 1; c <= row.width(); c++) {
            CellText cell = row.cell(c);
            if (cell.origin().equals(label.origin())) {
                continue;
            }
            if (cell.isBlank()) {
                firstBlank = firstBlank == null ? cell : firstBlank;
            } else {
                return Labels.isFormLabel(Cells.key(cell)) && firstBlank != null ? firstBlank
                        : Labels.isFormLabel(Cells.key(cell)) ? row.cell(row.width() + 1) : cell;
            }
        }
        return firstBlank != null ? firstBlank : row.cell(row.width() + 1);
    }

    /** The value under a label: the first cell below it, in its column, outside the label's merged region. */
    CellText below(CellText label) {
        for (int r = indexOf(label) + 1; r < rows.size(); r++) {
            CellText cell = rows.get(r).cell(label.at().column());
            if (!cell.origin().equals(label.origin())) {
                return cell;
            }
        }
        return rows.get(rows.size() - 1).cell(label.at().column());
    }

    /** The first text of a row left of a column, skipping copies of regions opened in rows above. */
    Optional<CellText> rowLabel(SheetRow row, int beforeColumn) {
        for (CellText c : row.nonBlankOrigins()) {
            if (c.at().column() < beforeColumn) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
