package org.perfreview.report.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Percentages with two decimals that add up to exactly 100.00 (largest-remainder, or Hamilton, method):
 * every share is first truncated to 0.01 %, then the hundredths still missing go one each to the
 * shares with the largest truncated remainder; ties go to the earlier position (the better grade).
 */
final class Percentages {
    private static final int HUNDREDTHS_IN_WHOLE = 10_000; // 100.00 % in units of 0.01 %

    private Percentages() {
    }

    static List<BigDecimal> of(List<Integer> counts) {
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        List<BigDecimal> result = new ArrayList<>(counts.size());
        if (total == 0) {
            counts.forEach(c -> result.add(BigDecimal.ZERO.setScale(2)));
            return result;
        }
        long[] units = new long[counts.size()];
        long[] remainders = new long[counts.size()];
        long assigned = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = counts.get(i) * (long) HUNDREDTHS_IN_WHOLE;
            units[i] = scaled / total;
            remainders[i] = scaled % total;
            assigned += units[i];
        }
        long missing = HUNDREDTHS_IN_WHOLE - assigned; // < counts.size(), since each truncation loses < 1
        IntStream.range(0, counts.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparing(i -> i))
                .limit(missing)
                .forEach(i -> units[i]++);
        for (long u : units) {
            result.add(BigDecimal.valueOf(u, 2));
        }
        return result;
    }
}
