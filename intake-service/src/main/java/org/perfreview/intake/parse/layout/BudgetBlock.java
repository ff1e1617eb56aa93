package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget-execution block of a self-evaluation: a header row (年初预算数 全年预算数 全年执行数 分值 执行率 得分)
 * and labelled rows under it (年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金) up to the goal rows.
 */
final class BudgetBlock {

    enum Figure { INITIAL, FULL, EXECUTED, WEIGHT, RATE, SCORE }

    private final Map<Figure, Integer> columns = new LinkedHashMap<>();
    private final Map<String, SheetRow> lines = new LinkedHashMap<>();
    private final List<CellText> cells = new ArrayList<>();
    private CellText header;

    BudgetBlock(FormTable form, int endIndex) {
        Optional<CellText> executed = form.find("全年执行数");
        if (executed.isEmpty()) {
            return;
        }
        header = executed.get();
        int h = form.indexOf(header);
        for (CellText c : form.rows().get(h).nonBlankOrigins()) {
            String key = Cells.key(c);
            figure(key).ifPresent(f -> columns.putIfAbsent(f, c.at().column()));
        }
        int firstFigure = columns.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        for (int r = h + 1; r < endIndex; r++) {
            SheetRow row = form.rows().get(r);
            cells.addAll(row.nonBlankOrigins());
            form.rowLabel(row, firstFigure).ifPresent(label -> lines.putIfAbsent(Cells.key(label), row));
        }
    }

    private static Optional<Figure> figure(String key) {
        if (key.contains("年初预算")) {
            return Optional.of(Figure.INITIAL);
        }
        if (key.contains("全年预算")) {
            return Optional.of(Figure.FULL);
        }
        if (key.contains("全年执行")) {
            return Optional.of(Figure.EXECUTED);
        }
        if (key.contains("分值")) {
            return Optional.of(Figure.WEIGHT);
        }
        if (key.contains("执行率")) {
            return Optional.of(Figure.RATE);
        }
        return key.contains("得分") ? Optional.of(Figure.SCORE) : Optional.empty();
    }

    boolean found() {
        return header != null;
    }

    /** The figure of the first line whose label contains one of the words, or null. */
    Amount amount(Figure figure, String... words) {
        return cell(figure, words).map(Cells::amount).orElse(null);
    }

    Text text(Figure figure, String... words) {
        return cell(figure, words).map(Cells::text).orElse(null);
    }

    private Optional<CellText> cell(Figure figure, String... words) {
        Integer column = columns.get(figure);
        if (column == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, SheetRow> line : lines.entrySet()) {
            for (String w : words) {
                if (line.getKey().contains(w)) {
                    return Optional.of(line.getValue().cell(column));
                }
            }
        }
        return Optional.empty();
    }

    /** Cells written as {@code 标签：数值} (一般公共预算：7745.72) inside the block. */
    List<CellText> labelledCells() {
        return cells.stream().filter(c -> Cells.key(c).contains(":")).toList();
    }

    SelfEvaluation selfEvaluation(Amount totalScore, CellText totalAt) {
        String[] total = {"年度资金总额", "资金总额", "合计"};
        return new SelfEvaluation(amount(Figure.INITIAL, total), amount(Figure.FULL, total),
                amount(Figure.EXECUTED, total), amount(Figure.WEIGHT, total), text(Figure.RATE, total),
                amount(Figure.SCORE, total), totalScore, totalAt == null ? null : totalAt.origin());
    }

    ParseNote missing(SheetRow first) {
        return new ParseNote(ParseNote.Level.WARNING, first.cell(1).at(), "自评表：未找到预算执行表头",
                "年初预算数/全年预算数/全年执行数/分值/执行率/得分", "");
    }
}
