package org.perfreview.scoring.rules.basic;

import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Actual staff above authorised staff (实有/在职 &gt; 编制): from the base-data table itself, or for other
 * tables from the batch's staffing list; deferred when neither source is there.
 */
public final class StaffingCheck implements Check {

    @Override
    public String name() {
        return "basic.staffing";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("nameSimilarity");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        BaseData base = ctx.table().baseData();
        if (ctx.table().kind() == TableKind.BASE_DATA && base != null) {
            BigDecimal authorized = Amount.valueOf(base.authorizedStaff());
            BigDecimal actual = Amount.valueOf(base.actualStaff());
            if (authorized == null || actual == null) {
                return RuleResult.notApplicable("编制数或实际在职人数未填");
            }
            return judge(authorized.intValue(), actual.intValue(), base.actualStaff());
        }
        if (ctx.batch() == null || ctx.batch().staffingList() == null || ctx.batch().staffingList().isEmpty()) {
            return RuleResult.deferred("批次尚无人员编制清单");
        }
        Optional<StaffingEntry> row = ctx.referenceLists().staffing(ctx.unitCode(), ctx.unitName(),
                spec.params().real("nameSimilarity"));
        if (row.isEmpty() || row.get().authorized() == null || row.get().actual() == null) {
            return RuleResult.deferred("人员编制清单中未找到本单位，需人工核对");
        }
        return judge(row.get().authorized(), row.get().actual(), null);
    }

    private static RuleResult judge(int authorized, int actual, Amount at) {
        if (actual <= authorized) {
            return RuleResult.passed();
        }
        return RuleResult.failed(Violation.at(at == null ? null : at.at(), "编制" + authorized + "人，实有" + actual + "人")
                .with("authorized", authorized).with("actual", actual).with("over", actual - authorized));
    }
}
