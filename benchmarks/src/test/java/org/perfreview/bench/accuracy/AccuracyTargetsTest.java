package org.perfreview.bench.accuracy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rulebook, read through the intake parser, holds its accuracy and calibration targets
 * ({@link AccuracyTargets}) on review-gold, on the project's own labels and on the sample batch. The report is
 * printed so that a failing build shows the misses and false positives behind the figure.
 */
class AccuracyTargetsTest {

    @Test
    void theDefaultRulebookHoldsItsTargets() {
        AccuracyHarness.Result r = AccuracyHarness.measure();
        System.out.print(AccuracyHarness.report(r, false));
        assertThat(AccuracyTargets.misses(r)).as(AccuracyHarness.report(r, true)).isEmpty();
    }

    @Test
    void aRulebookThatFindsNothingFailsTheTargets() {
        AccuracyHarness.Result r = AccuracyHarness.measure(AccuracyHarness.withoutRules());
        assertThat(AccuracyTargets.misses(r)).anyMatch(m -> m.contains("mechanical recall"))
                .anyMatch(m -> m.contains("judgment recall"));
    }
}
