package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.ProjectInfo;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.row.CellText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 项目支出绩效目标表 (docs/domain.md §2.3): labelled header block (项目名称, 主管部门, 实施单位, 项目属性, 项目期限,
 * 项目资金 年度资金总额 / 其中财政拨款 / 其他资金), 中长期目标 and 年度目标 texts under (or beside) their labels,
 * then the indicator block.
 */
final class ProjectTargetExtractor {

    private final FormTable form;
    private final List<ParseNote> notes = new ArrayList<>();

    ProjectTargetExtractor(FormTable form) {
        this.form = form;
    }

    NormalizedTable extract(Heading heading) {
        FormIndicators block = new FormIndicators(form);
        Text name = labelled("项目名称", "项目名称", "项目支出名称");
        Text implementing = labelled("实施单位", "实施单位");
        ProjectInfo info = new ProjectInfo(name, labelled("主管部门", "主管部门"), implementing,
                labelled(null, "项目属性"), labelled(null, "项目期限", "实施期限"),
                amount("年度资金总额", "年度资金总额", "资金总额"), amount(null, "财政拨款"), amount(null, "其他资金"));
        List<Goal> goals = new ArrayList<>();
        goal(Goal.GoalKind.LONG_TERM, "中长期目标", "总目标", "总体目标").ifPresent(goals::add);
        goal(Goal.GoalKind.ANNUAL, "年度目标").ifPresent(goals::add);
        if (goals.isEmpty()) {
            notes.add(note("未找到“中长期目标/年度目标”", "中长期目标、年度目标"));
        }
        if (!block.found()) {
            notes.add(note("未找到指标表头", "一级指标/二级指标/三级指标/指标值"));
        }
        return new NormalizedTable(TableKind.PROJECT_TARGET, heading == null ? null : heading.text(), null, implementing,
                null, info, goals, block.indicators(), null, null, notes);
    }

    private Text labelled(String required, String... words) {
        Optional<CellText> label = form.find(words);
        if (label.isEmpty()) {
            if (required != null) {
                notes.add(note("未找到“" + required + "”", required));
            }
            return null;
        }
        return Cells.text(form.rightOf(label.get()));
    }

    private Amount amount(String required, String... words) {
        Optional<CellText> label = form.find(words);
        if (label.isEmpty()) {
            if (required != null) {
                notes.add(note("未找到“" + required + "”", required));
            }
            return null;
        }
        return Cells.amount(form.rightOf(label.get()));
    }

    /** A goal text sits under its label (labels in a row, texts in the next) or, failing that, beside it. */
    private Optional<Goal> goal(Goal.GoalKind kind, String... words) {
        for (String word : words) {
            Optional<CellText> label = form.find(word);
            if (label.isPresent()) {
                CellText under = form.below(label.get());
                CellText text = under.isBlank() || Labels.isFormLabel(Cells.key(under)) ? form.rightOf(label.get()) : under;
                if (!Labels.isFormLabel(Cells.key(text))) {
                    return Optional.of(new Goal(kind, Cells.text(text)));
                }
            }
        }
        return Optional.empty();
    }

    private ParseNote note(String message, String expected) {
        Position at = form.first().cell(1).at();
        return new ParseNote(ParseNote.Level.WARNING, at, "项目表：" + message, expected, "");
    }
}
