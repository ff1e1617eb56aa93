package org.perfreview.intake.parse.csv;

import org.junit.jupiter.api.Test;
import org.perfreview.intake.parse.LimitExceededException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTokenizerTest {

    private static List<List<String>> records(String text, char delimiter) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), delimiter, 1000);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r = t.next(); r != null; r = t.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndQuotes() throws IOException {
        String csv = "单位编码,单位名称,整体绩效目标\r\n"
                + "201001,\"中共岳阳市委办公室,本级\",\"目标1：办文；\r\n目标2：说\"\"好\"\"\"\r\n"
                + ",,\n";
        assertThat(records(csv, ',')).containsExactly(
                List.of("单位编码", "单位名称", "整体绩效目标"),
                List.of("201001", "中共岳阳市委办公室,本级", "目标1：办文；\r\n目标2：说\"好\""),
                List.of("", "", ""));
    }

    @Test
    void crAloneEndsARecordAndTheLastLineNeedsNoBreak() throws IOException {
        assertThat(records("a\tb\rc\td", '\t')).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(records("", ',')).isEmpty();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(records("评\"扣\"分,x\n", ',')).containsExactly(List.of("评\"扣\"分", "x"));
    }

    @Test
    void delimiterIsTheMostUsedSeparator() {
        assertThat(CsvRowSource.delimiter("标题\n单位编码\t单位名称\t资金总额\n")).isEqualTo('\t');
        assertThat(CsvRowSource.delimiter("a;b;c\n\"x,y\";z;w")).isEqualTo(';');
        assertThat(CsvRowSource.delimiter("整体支出绩效目标表,,,\n单位编码,单位名称")).isEqualTo(',');
    }

    @Test
    void overlongFieldIsRefused() {
        String longField = "x".repeat(2000);
        assertThatThrownBy(() -> records(longField, ',')).isInstanceOf(LimitExceededException.class);
    }
}
