package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The columns a self-evaluation adds to an indicator row: 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelfEvalFigures(Text actual, Amount weight, Amount score, Text deviationReason) {
}
