package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效评价基础数据表 (docs/domain.md §2.5): 编制数, 实际在职人数, 控制率 under their labels, then the
 * expenditure lines (三公经费 and parts, 项目支出, 公用经费 and parts, 政府采购金额 …) with 上年决算 / 本年预算 /
 * 本年决算 columns, up to 楼堂馆所 / 厉行节约. {@code ……} filler rows are left out.
 */
final class BaseDataExtractor {

    private final FormTable form;
    private final List<ParseNote> notes = new ArrayList<>();

    BaseDataExtractor(FormTable form) {
        this.form = form;
    }

    NormalizedTable extract(Heading heading) {
        Amount authorized = form.find("编制数").map(l -> Cells.amount(form.below(l))).orElse(null);
        Amount actual = form.find("在职人数", "实有人数").map(l -> Cells.amount(form.below(l))).orElse(null);
        Text rate = form.find("控制率").map(l -> Cells.text(form.below(l))).orElse(null);
        if (authorized == null || actual == null) {
            notes.add(note("未找到“编制数/实际在职人数”", "编制数、实际在职人数"));
        }
        BaseData data = new BaseData(authorized, actual, rate, lines());
        return new NormalizedTable(TableKind.BASE_DATA, heading == null ? null : heading.text(), null, null, null, null,
                List.of(), List.of(), null, data, notes);
    }

    private List<BaseData.Line> lines() {
        Optional<CellText> budgetHeader = form.find("年初预算数", "预算数");
        if (budgetHeader.isEmpty()) {
            notes.add(note("未找到经费表头", "上年决算数/本年预算数/本年决算数"));
            return List.of();
        }
        SheetRow header = form.rows().get(form.indexOf(budgetHeader.get()));
        int budget = budgetHeader.get().at().column();
        Integer lastYear = null;
        Integer finalAccount = null;
        for (CellText c : header.nonBlankOrigins()) {
            if (Cells.key(c).contains("决算")) {
                if (c.at().column() < budget && lastYear == null) {
                    lastYear = c.at().column();
                } else if (c.at().column() > budget && finalAccount == null) {
                    finalAccount = c.at().column();
                }
            }
        }
        int firstFigure = Math.min(budget, lastYear == null ? budget : lastYear);
        List<BaseData.Line> lines = new ArrayList<>();
        for (int r = form.indexOf(budgetHeader.get()) + 1; r < form.rows().size(); r++) {
            SheetRow row = form.rows().get(r);
            Optional<CellText> label = form.rowLabel(row, firstFigure);
            if (label.isEmpty()) {
                continue;
            }
            String key = Cells.key(label.get());
            if (key.contains("楼堂馆所") || key.contains("厉行节约")) {
                break;
            }
            if (!key.chars().allMatch(ch -> ch == '…' || ch == '.')) {
                lines.add(new BaseData.Line(BaseDataKeys.of(key), Cells.text(label.get()), amount(row, lastYear),
                        amount(row, budget), amount(row, finalAccount)));
            }
        }
        return lines;
    }

    private static Amount amount(SheetRow row, Integer column) {
        return column == null ? null : Cells.amount(row.cell(column));
    }

    private ParseNote note(String message, String expected) {
        return new ParseNote(ParseNote.Level.WARNING, form.first().cell(1).at(), "基础数据表：" + message, expected, "");
    }
}
