package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.AmountParser;
import org.perfreview.intake.parse.row.CellText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效自评表 and 项目支出绩效自评表 (docs/domain.md §2.4): name fields, the budget-execution block,
 * 预期目标 / 实际完成情况, indicator rows with 实际完成值, 分值, 得分, 偏差原因, and 总分. Funds and project
 * money are the 全年预算数 figures, which the income/expenditure split adds up to.
 */
final class SelfEvalExtractor {

    private final FormTable form;
    private final boolean project;
    private final List<ParseNote> notes = new ArrayList<>();

    SelfEvalExtractor(FormTable form, boolean project) {
        this.form = form;
        this.project = project;
    }

    NormalizedTable extract(Heading heading) {
        FormIndicators block = new FormIndicators(form);
        int goalIndex = form.find("预期目标", "年度总体目标").map(form::indexOf).orElse(block.headerIndex());
        BudgetBlock budget = new BudgetBlock(form, goalIndex);
        if (!budget.found()) {
            notes.add(budget.missing(form.first()));
        }
        CellText scoreTotal = block.total(ColumnRole.SCORE).orElse(null);
        List<Goal> goals = new ArrayList<>();
        goal(Goal.GoalKind.EXPECTED, "预期目标").ifPresent(goals::add);
        goal(Goal.GoalKind.ACTUAL, "实际完成情况").ifPresent(goals::add);
        Amount totalScore = scoreTotal == null ? null : Cells.amount(scoreTotal);
        var evaluation = budget.selfEvaluation(totalScore, scoreTotal);
        Text title = heading == null ? null : heading.text();
        if (project) {
            Text implementing = labelled("实施单位");
            ProjectInfo info = new ProjectInfo(labelled("项目支出名称", "项目名称"), labelled("主管部门"), implementing,
                    null, null, budget.amount(BudgetBlock.Figure.FULL, "年度资金总额", "资金总额"),
                    budget.amount(BudgetBlock.Figure.FULL, "财政拨款"), budget.amount(BudgetBlock.Figure.FULL, "其他资金"));
            return new NormalizedTable(TableKind.PROJECT_SELF_EVAL, title, null, implementing, null, info, goals,
                    block.indicators(), evaluation, null, notes);
        }
        return new NormalizedTable(TableKind.OVERALL_SELF_EVAL, title, null, labelled("部门名称", "单位名称"),
                funds(budget), null, goals, block.indicators(), evaluation, null, notes);
    }

    private Funds funds(BudgetBlock budget) {
        Amount total = budget.amount(BudgetBlock.Figure.FULL, "年度资金总额", "资金总额");
        return new Funds(total, split(budget, "一般公共预算"), split(budget, "政府性基金"), split(budget, "专户"),
                split(budget, "其他资金"), split(budget, "基本支出"), split(budget, "项目支出"));
    }

    /** A {@code 标签：数值} cell of the income/expenditure split; a label with nothing after the colon reads null. */
    private static Amount split(BudgetBlock budget, String word) {
        for (CellText c : budget.labelledCells()) {
            String key = Cells.key(c);
            int colon = key.lastIndexOf(':');
            if (key.substring(0, colon).contains(word)) {
                return new Amount(AmountParser.parse(key.substring(colon + 1)), c.raw(), c.origin());
            }
        }
        return null;
    }

    private Text labelled(String... words) {
        Optional<CellText> label = form.find(words);
        if (label.isEmpty()) {
            notes.add(new ParseNote(ParseNote.Level.WARNING, form.first().cell(1).at(),
                    "自评表：未找到“" + words[0] + "”", words[0], ""));
            return null;
        }
        return Cells.text(form.rightOf(label.get()));
    }

    private Optional<Goal> goal(Goal.GoalKind kind, String word) {
        return form.find(word).map(label -> new Goal(kind, Cells.text(form.below(label))));
    }
}
