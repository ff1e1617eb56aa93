package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint behind the batch's goal index: numbering and punctuation ignored, keys stable across releases. */
class GoalFingerprintTest {

    private static final String GOAL = "目标1：完成全市中小学校舍维修改造，提升办学条件。";

    @Test
    void numberingBlanksAndPunctuationDoNotMakeAGoalDifferent() {
        GoalFingerprint numbered = GoalFingerprint.of(GOAL);
        assertThat(numbered.jaccard(GoalFingerprint.of("完成全市中小学校舍 维修改造,提升办学条件"))).isEqualTo(1.0);
        assertThat(numbered.jaccard(GoalFingerprint.of("（二）完成全市中小学校舍维修改造，提升办学条件"))).isEqualTo(1.0);
        assertThat(numbered.jaccard(GoalFingerprint.of("完成全市中小学食堂维修改造，提升办学条件"))).isBetween(0.5, 0.9);
        assertThat(numbered.jaccard(GoalFingerprint.of("保障全区道路畅通"))).isZero();
        assertThat(GoalFingerprint.of(" ，。").isEmpty()).isTrue();
    }

    @Test
    void bandKeysAreTheOnesAlreadyStoredInTheIndex() {
        // goal_band rows written by earlier releases hold these keys: a change to hashing would stop old tables matching.
        assertThat(GoalFingerprint.of(GOAL).bandKeys()).containsExactly(
                -2789984380883966354L, 2260752850178654408L, -2896140801555213733L, -4968253304844954537L,
                2861267528048097023L, 6251653584163311415L, 6824187756574831866L, -8600690185325636222L,
                -474920453966633821L, -4375800809514331877L, -1416013884676587848L, 1505337346757031552L,
                8480808084193640072L, 9164239858226467675L, -2596611828626329153L, -3178108523077405054L);
    }
}
