package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The machine reading of an indicator's operator + value + unit cells.
 *
 * @param operator  one of ≥ ≤ = &gt; &lt;, "range" for 50%-70%, "定性" for qualitative, or null
 * @param number    the (lower) number, percentages as written (95 for 95%)
 * @param upper     the upper bound of a range
 * @param unit      measurement unit after normalization (%, 万元, 次 ...)
 * @param percent   the value is a percentage
 * @param date      a parsed deadline, when the value is a date
 * @param canonical operator + value + unit as one comparable string (≥95%)
 * @param valueUnit the unit written inside the value cell itself (% in "≥95%", 万元 in "2995.66万元"), null when the
 *                  value cell holds none; {@code unit} is this one when present, else the unit cell's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(
        @NotNull TargetFlag flag,
        String operator,
        BigDecimal number,
        BigDecimal upper,
        String unit,
        boolean percent,
        LocalDate date,
        String canonical,
        String valueUnit) {

    /** A target whose value cell carries no unit of its own (and events of schema versions before valueUnit). */
    public Target(TargetFlag flag, String operator, BigDecimal number, BigDecimal upper, String unit, boolean percent,
                  LocalDate date, String canonical) {
        this(flag, operator, number, upper, unit, percent, date, canonical, null);
    }
}
