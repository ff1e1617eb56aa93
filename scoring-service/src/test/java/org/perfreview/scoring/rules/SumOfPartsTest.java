package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SumOfPartsTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static BigDecimal wan(String figure) {
        return new BigDecimal(figure);
    }

    @Test
    void aTotalEqualToItsPartsAgrees() {
        // 三公经费 40.53 + 129.83 + 2.19 = 172.55
        SumOfParts check = SumOfParts.of(wan("172.55"), wan("40.53"), wan("129.83"), wan("2.19"));
        assertThat(check.sum()).isEqualByComparingTo("172.55");
        assertThat(check.difference()).isEqualByComparingTo("0");
        assertThat(check.agrees(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void aDifferenceUpToTheToleranceAgreesAndBeyondItDoesNot() {
        assertThat(SumOfParts.of(wan("100.01"), wan("60"), wan("40")).agrees(TOLERANCE)).isTrue();
        assertThat(SumOfParts.of(wan("99.99"), wan("60"), wan("40")).agrees(TOLERANCE)).isTrue();
        assertThat(SumOfParts.of(wan("100.02"), wan("60"), wan("40")).agrees(TOLERANCE)).isFalse();
        assertThat(SumOfParts.of(wan("99.98"), wan("60"), wan("40")).agrees(TOLERANCE)).isFalse();
    }

    @Test
    void thePartsNotFilledCountAsZero() {
        SumOfParts check = SumOfParts.of(wan("3164.96"), Arrays.asList(wan("2646.85"), null, wan("518.11"), null));
        assertThat(check.sum()).isEqualByComparingTo("3164.96");
        assertThat(check.agrees(TOLERANCE)).isTrue();

        SumOfParts nothingFilled = SumOfParts.of(wan("3394.31"), null, null);
        assertThat(nothingFilled.sum()).isEqualByComparingTo("0");
        assertThat(nothingFilled.agrees(TOLERANCE)).isFalse();
        assertThat(SumOfParts.of(wan("645"), List.of()).sum()).isEqualByComparingTo("0");
    }

    @Test
    void theDifferenceIsTheTotalMinusTheSumWithItsSign() {
        assertThat(SumOfParts.of(wan("3394.31"), wan("2749.31"), wan("600")).difference()).isEqualByComparingTo("45.00");
        assertThat(SumOfParts.of(wan("90"), wan("5412.33")).difference()).isEqualByComparingTo("-5322.33");
    }

    @Test
    void aTotalIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> SumOfParts.of(null, wan("1")));
    }
}
