package org.perfreview.scoring.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * A stated total against the sum of its parts (资金总额 = 基本支出 + 项目支出, 三公经费 = its three lines, 项目支出 =
 * the unit's project tables): a part not filled counts as zero, and the two agree when they differ by no more than a
 * tolerance in 万元.
 */
public record SumOfParts(BigDecimal stated, BigDecimal sum) {

    public SumOfParts {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(sum, "sum");
    }

    public static SumOfParts of(BigDecimal stated, BigDecimal... parts) {
        return of(stated, Arrays.asList(parts));
    }

    public static SumOfParts of(BigDecimal stated, Iterable<BigDecimal> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            sum = sum.add(Money.orZero(part));
        }
        return new SumOfParts(stated, sum);
    }

    /** True when the total and the sum differ by at most {@code tolerance}. */
    public boolean agrees(BigDecimal tolerance) {
        return !Money.differ(stated, sum, tolerance);
    }

    /** The stated total minus the sum of the parts. */
    public BigDecimal difference() {
        return stated.subtract(sum);
    }
}
