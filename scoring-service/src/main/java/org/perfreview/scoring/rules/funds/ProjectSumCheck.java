package org.perfreview.scoring.rules.funds;

import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.Reach;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.SumOfParts;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * 项目支出 of the overall table ≠ the sum of the unit's project tables in the batch (the blood centre:
 * 5,412.33 万 against 90 万). Deferred until project tables have arrived.
 */
public final class ProjectSumCheck implements Check {

    /** Reads the unit's other tables: re-scored when one of them arrives. */
    @Override
    public Reach reach() {
        return Reach.UNIT;
    }

    @Override
    public String name() {
        return "funds.projectSum";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("tolerance");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BigDecimal project = ctx.table().funds() == null ? null : Money.of(ctx.table().funds().project());
        if (project == null || project.signum() == 0) {
            return RuleResult.notApplicable("无项目支出");
        }
        if (ctx.batchView() == null) {
            return RuleResult.deferred("没有批次数据，无法汇总项目表");
        }
        List<NormalizedTable> tables = ctx.batchView().unitTables(ctx.unitCode(), TableKind.PROJECT_TARGET);
        if (tables.isEmpty()) {
            return RuleResult.deferred("本单位项目表尚未报送");
        }
        SumOfParts check = SumOfParts.of(project, tables.stream().map(NormalizedTable::totalAmount).toList());
        if (check.agrees(spec.params().decimal("tolerance"))) {
            return RuleResult.passed();
        }
        BigDecimal sum = check.sum();
        return RuleResult.failed(Violation.at(ctx.table().funds().project().at(),
                        "整体表项目支出" + Money.show(project) + "，" + tables.size() + "张项目表合计" + Money.show(sum))
                .with("project", Money.show(project)).with("sum", Money.show(sum)).with("tables", tables.size()));
    }

    static String projectName(NormalizedTable t) {
        return t.project() == null ? "" : Text.valueOf(t.project().name());
    }
}
