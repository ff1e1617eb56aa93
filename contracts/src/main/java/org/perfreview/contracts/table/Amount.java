package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A money or count value (万元 for money) with the raw cell text; value is null when the cell is blank or
 * unreadable. {@code unit} is the money unit the number was filed in (元, 万元, 亿元) when the table said so;
 * absent when it did not (the templates' 万元 is then assumed) and for counts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(BigDecimal value, String raw, Position at, String unit) {

    public Amount(BigDecimal value, String raw, Position at) {
        this(value, raw, at, null);
    }

    public static Amount of(BigDecimal value) {
        return new Amount(value, value == null ? null : value.toPlainString(), null);
    }

    public static BigDecimal valueOf(Amount a) {
        return a == null ? null : a.value();
    }
}
