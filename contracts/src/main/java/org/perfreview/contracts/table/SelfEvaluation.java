package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The budget-execution block and total of a self-evaluation (年初预算数 ... 执行率, 得分, 总分). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelfEvaluation(
        Amount budgetAtStart,
        Amount budgetFullYear,
        Amount executed,
        Amount executionWeight,
        Text executionRate,
        Amount executionScore,
        Amount totalScore,
        Position totalAt) {
}
