package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's table after reading and normalization: the public contract published on
 * {@code perf.submissions.normalized} (schema: {@code schemas/normalized-table.schema.json}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormalizedTable(
        @NotNull TableKind kind,
        Text heading,
        Text unitCode,
        Text unitName,
        Funds funds,
        ProjectInfo project,
        List<Goal> goals,
        List<Indicator> indicators,
        SelfEvaluation selfEvaluation,
        BaseData baseData,
        List<ParseNote> notes) {

    public String unitCodeValue() {
        return Text.valueOf(unitCode);
    }

    public String unitNameValue() {
        return Text.valueOf(unitName);
    }

    public List<Goal> goalsOf(Goal.GoalKind kind) {
        return goals == null ? List.of() : goals.stream().filter(g -> g.kind() == kind).toList();
    }

    /** Total money the table asks for: 资金总额 for overall tables, 年度资金总额 for project tables. */
    public BigDecimal totalAmount() {
        if (funds != null && funds.total() != null) {
            return funds.total().value();
        }
        if (project != null && project.total() != null) {
            return project.total().value();
        }
        return null;
    }
}
