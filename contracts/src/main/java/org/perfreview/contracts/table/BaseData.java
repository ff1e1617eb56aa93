package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** 部门整体支出绩效评价基础数据表: staffing and the expenditure lines with 上年决算 / 本年预算 / 本年决算. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaseData(
        Amount authorizedStaff,
        Amount actualStaff,
        Text controlRate,
        List<Line> lines) {

    /**
     * @param key stable English key (threePublic, officialCars, overseasTravel, reception, projectExpense,
     *            publicExpense, procurement ...), or null for a line the reader did not recognise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String key, Text label, Amount lastYearFinal, Amount budget, Amount finalAccount) {
    }
}
