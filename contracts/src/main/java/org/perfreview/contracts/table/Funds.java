package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/** 年度预算申请 of an overall table, in 万元: total, by income source, by expenditure type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Funds(
        Amount total,
        Amount generalBudget,
        Amount govFund,
        Amount specialAccount,
        Amount other,
        Amount basic,
        Amount project) {
}
