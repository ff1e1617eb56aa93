package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.SelfEvalFigures;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.RawCell;
import org.perfreview.intake.normalize.TargetParser;
import org.perfreview.intake.normalize.TargetReading;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads indicator rows, whatever the table kind, from the columns a {@link ColumnMap} located. A blank
 * 一级/二级指标 cell inherits the row above (Excel keeps a merged value in the top cell only; some units leave
 * the repeats out); the operator/value/unit cells go through {@link TargetParser}.
 */
final class IndicatorRowReader {

    private static final Set<ColumnRole> SELF_EVAL = EnumSet.of(
            ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE, ColumnRole.DEVIATION);

    private final ColumnMap columns;
    private final Lexicon lexicon;
    private final boolean selfEval;
    private final boolean sections;
    private Indicator previous;
    private Text sectionOne;
    private Text sectionTwo;
    private int count;

    IndicatorRowReader(ColumnMap columns, Lexicon lexicon) {
        this.columns = columns;
        this.lexicon = lexicon;
        this.selfEval = SELF_EVAL.stream().anyMatch(columns::has);
        this.sections = !columns.has(ColumnRole.LEVEL1) && !columns.has(ColumnRole.LEVEL2);
    }

    /**
     * The row's indicator, or null when the row holds no indicator text of its own. Without level columns, a
     * section row (一、产出指标 / （一）数量指标) names the levels of the indicators below it.
     */
    Indicator read(SheetRow row) {
        if (!hasOwnContent(row)) {
            return null;
        }
        SectionRow section = sections ? SectionRow.of(row, lexicon) : null;
        if (section != null) {
            if (section.levelOne()) {
                sectionOne = section.name();
                sectionTwo = null;
            } else {
                sectionTwo = section.name();
            }
            return null;
        }
        Text level1 = sections ? sectionOne : text(row, ColumnRole.LEVEL1);
        Text level2 = sections ? sectionTwo : text(row, ColumnRole.LEVEL2);
        if (previous != null && level1 != null && level1.isBlank()) {
            level1 = previous.level1();
            if (level2 != null && level2.isBlank()) {
                level2 = previous.level2();
            }
        } else if (previous != null && level2 != null && level2.isBlank()
                && Text.valueOf(level1).equals(previous.level1Value())) {
            level2 = previous.level2();
        }
        TargetReading target = TargetParser.read(raw(row, ColumnRole.TYPE), raw(row, ColumnRole.VALUE), raw(row, ColumnRole.UNIT));
        SelfEvalFigures figures = selfEval ? new SelfEvalFigures(text(row, ColumnRole.ACTUAL),
                amount(row, ColumnRole.WEIGHT), amount(row, ColumnRole.SCORE), text(row, ColumnRole.DEVIATION)) : null;
        Indicator indicator = new Indicator(++count, level1, level2, text(row, ColumnRole.NAME),
                target.operator(), target.value(), target.unit(), text(row, ColumnRole.EXPLANATION),
                text(row, ColumnRole.SCORING), text(row, ColumnRole.REMARK), target.target(), figures);
        previous = indicator;
        return indicator;
    }

    /** Some indicator cell carries its own text (not a merged copy, not a …… filler). */
    private boolean hasOwnContent(SheetRow row) {
        for (ColumnRole role : ColumnRole.values()) {
            Integer c = columns.column(role);
            if (role.isIndicator() && c != null) {
                CellText cell = row.cell(c);
                if (!cell.isBlank() && !cell.mergedCopy() && !isFiller(Cells.key(cell))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFiller(String key) {
        return key.chars().allMatch(ch -> ch == '…' || ch == '.' || ch == '。');
    }

    private Text text(SheetRow row, ColumnRole role) {
        Integer c = columns.column(role);
        return c == null ? null : Cells.text(row.cell(c));
    }

    private Amount amount(SheetRow row, ColumnRole role) {
        Integer c = columns.column(role);
        return c == null ? null : Cells.amount(row.cell(c));
    }

    private RawCell raw(SheetRow row, ColumnRole role) {
        Integer c = columns.column(role);
        return c == null ? RawCell.ABSENT : Cells.raw(row.cell(c));
    }
}
