package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** A money or count value (万元 for money) with the raw cell text; value is null when the cell is blank or unreadable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(BigDecimal value, String raw, Position at) {

    public static Amount of(BigDecimal value) {
        return new Amount(value, value == null ? null : value.toPlainString(), null);
    }

    public static BigDecimal valueOf(Amount a) {
        return a == null ? null : a.value();
    }
}
