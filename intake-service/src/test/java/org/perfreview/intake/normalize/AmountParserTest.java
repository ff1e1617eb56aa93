package org.perfreview.intake.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Position;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2,051.95|2051.95",
            "3,394.31|3394.31",
            "1,234,567|1234567",
            "２０５１．９５|2051.95",
            "645.0|645.0",
            "645.00|645.00",
            "'  254.78 '|254.78",
            "18.9万元|18.9",
            "279.03万|279.03",
            "127\u3000|127",
            "(12.5)|-12.5",
            "-3|-3",
            "１，０００|1000"})
    void readsNumbersAsFiled(String raw, String expected) {
        assertThat(AmountParser.parse(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "——", "—", "/", "无", "-", "约100", "一百", "12,34.5", "100元", "1.2.3"})
    void blanksPlaceholdersAndTextReadNull(String raw) {
        assertThat(AmountParser.parse(raw)).isNull();
    }

    @Test
    void keepsTheRawTextAndPosition() {
        Position at = new Position("Sheet1", 6, 3);
        Amount a = AmountParser.amount(" 2,051.95 万元", at);
        assertThat(a.value()).isEqualByComparingTo("2051.95");
        assertThat(a.raw()).isEqualTo(" 2,051.95 万元");
        assertThat(a.at()).isEqualTo(at);
        Amount blank = AmountParser.amount("\u3000", at);
        assertThat(blank.value()).isNull();
        assertThat(blank.raw()).isEqualTo("\u3000");
    }

    @Test
    void unitCodesLoseTheirSpaces() {
        assertThat(UnitCodeNormalizer.normalize("8500 01")).isEqualTo("850001");
        assertThat(UnitCodeNormalizer.normalize(" ２０１００１\u3000")).isEqualTo("201001");
        assertThat(UnitCodeNormalizer.normalize("201001.0")).isEqualTo("201001");
        assertThat(UnitCodeNormalizer.normalize("089012")).isEqualTo("089012");
    }
}
