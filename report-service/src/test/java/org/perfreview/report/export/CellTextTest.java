package org.perfreview.report.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+1 降低犯罪率", "-10 万元", "@SUM(A1)", "\t=1+1", "\r=1", "＝HYPERLINK(1)", "=cmd|' /C calc'!A0"})
    void textThatASpreadsheetWouldEvaluateIsFormulaLike(String risky) {
        assertThat(CellText.formulaLike(risky)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年保洁率必须达到99%", "≥95%", "'already quoted", "10", "a=b", " =leading space is text"})
    void ordinaryTextIsNot(String text) {
        assertThat(CellText.formulaLike(text)).isFalse();
    }

    @Test
    void nullAndEmptyAreNot() {
        assertThat(CellText.formulaLike(null)).isFalse();
        assertThat(CellText.formulaLike("")).isFalse();
    }
}
