package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Header block of a project table: 项目名称, 主管部门, 实施单位, 项目属性, 项目期限, 项目资金. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectInfo(
        Text name,
        Text department,
        Text implementingUnit,
        Text attribute,
        Text period,
        Amount total,
        Amount fiscal,
        Amount other) {
}
