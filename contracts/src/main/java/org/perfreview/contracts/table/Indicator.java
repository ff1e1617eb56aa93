package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Min;

/**
 * One indicator row (一级/二级/三级指标 ...). {@code operator}, {@code value} and {@code unit} hold the
 * normalized split (an operator folded into the value cell is moved to {@code operator}); their
 * {@code raw} keeps the cell as filed. {@code selfEval} is present on self-evaluation tables only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        @Min(0) int index,
        Text level1,
        Text level2,
        Text name,
        Text operator,
        Text value,
        Text unit,
        Text explanation,
        Text scoringRule,
        Text remark,
        Target target,
        SelfEvalFigures selfEval) {

    public String level1Value() {
        return Text.valueOf(level1);
    }

    public String level2Value() {
        return Text.valueOf(level2);
    }

    public String nameValue() {
        return Text.valueOf(name);
    }

    public int row() {
        return name != null && name.at() != null ? name.at().row() : 0;
    }
}
