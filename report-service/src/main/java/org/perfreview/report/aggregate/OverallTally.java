package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.ScoreCard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums over the overall-target tables (one per unit, the seed's score sheet): totals, the eight
 * dimensions and filed money. BigDecimal keeps add-then-subtract exact, so replacing a card leaves
 * no rounding drift and the result does not depend on arrival order.
 */
final class OverallTally {
    private BigDecimal totalSum = BigDecimal.ZERO;
    private int totalCount;
    private final Map<String, BigDecimal> dimensionSums = new HashMap<>();
    private final Map<String, Integer> dimensionCounts = new HashMap<>();
    private BigDecimal filedAmount = BigDecimal.ZERO;
    private final Map<String, Integer> provisional = new HashMap<>();

    void add(ScoreCard card, int sign) {
        if (card.total() != null) {
            totalSum = totalSum.add(signed(card.total(), sign));
            totalCount += sign;
        }
        DimensionKeys.ordered(card.dimensions()).forEach((key, points) -> {
            dimensionSums.merge(key, signed(points, sign), BigDecimal::add);
            dimensionCounts.merge(key, sign, Integer::sum);
            if (dimensionCounts.get(key) == 0) {
                dimensionCounts.remove(key);
                dimensionSums.remove(key);
            }
        });
        card.provisionalDimensions().forEach(key -> {
            if (provisional.merge(key, sign, Integer::sum) == 0) {
                provisional.remove(key);
            }
        });
        BigDecimal funds = Facts.totalFunds(card);
        if (funds != null) {
            filedAmount = filedAmount.add(signed(funds, sign));
        }
    }

    BigDecimal averageTotal() {
        return totalCount == 0 ? null : average(totalSum, totalCount);
    }

    /** Keyed by {@link Dimension#key()} in sheet order; keys outside the eight follow alphabetically. */
    Map<String, BigDecimal> dimensionAverages() {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        dimensionSums.keySet().stream()
                .sorted(DimensionKeys.SHEET_ORDER)
                .forEach(key -> result.put(key, average(dimensionSums.get(key), dimensionCounts.get(key))));
        return result;
    }

    /** Per dimension, the overall tables whose points in it are provisional (sheet order). */
    Map<String, Integer> provisionalCounts() {
        Map<String, Integer> result = new LinkedHashMap<>();
        provisional.keySet().stream().sorted(DimensionKeys.SHEET_ORDER).forEach(key -> result.put(key, provisional.get(key)));
        return result;
    }

    BigDecimal filedAmount() {
        return filedAmount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal average(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal signed(BigDecimal value, int sign) {
        return sign >= 0 ? value : value.negate();
    }
}
