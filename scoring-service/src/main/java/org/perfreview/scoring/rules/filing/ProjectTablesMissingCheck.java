package org.perfreview.scoring.rules.filing;

import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.Money;
import org.perfreview.scoring.rules.Reach;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * 项目支出 &gt; 0 but no project table filed: failed once the batch deadline has passed, deferred before it
 * (the tables may still come) and when the batch is unknown. The civil-air-defence office's "classified" case.
 */
public final class ProjectTablesMissingCheck implements Check {

    /** Reads the unit's other tables: re-scored when one of them arrives. */
    @Override
    public Reach reach() {
        return Reach.UNIT;
    }

    @Override
    public String name() {
        return "filing.projectTablesMissing";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("zone");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BigDecimal project = ctx.table().funds() == null ? null : Money.of(ctx.table().funds().project());
        if (project == null || project.signum() <= 0) {
            return RuleResult.notApplicable("无项目支出");
        }
        if (ctx.batchView() == null || ctx.batch() == null) {
            return RuleResult.deferred("没有批次数据，无法确认项目表是否报送");
        }
        if (!ctx.batchView().unitTables(ctx.unitCode(), TableKind.PROJECT_TARGET).isEmpty()) {
            return RuleResult.passed();
        }
        LocalDate deadline = ctx.batch().deadline();
        LocalDate today = LocalDate.ofInstant(ctx.evaluatedAt(), ZoneId.of(spec.params().string("zone")));
        if (deadline == null || !today.isAfter(deadline)) {
            return RuleResult.deferred("项目表尚未报送，截止日期未到");
        }
        return RuleResult.failed(Violation.at(ctx.table().funds().project().at(), "项目支出" + Money.show(project) + "万元，未报送项目表")
                .with("project", Money.show(project)));
    }
}
