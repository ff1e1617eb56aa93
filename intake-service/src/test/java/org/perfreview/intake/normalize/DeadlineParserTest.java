package org.perfreview.intake.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTest {

    @ParameterizedTest
    @CsvSource({
            "2024年12月31日,2024-12-31,false",
            "2024年12月31日前,2024-12-31,true",
            "2026年12月31日前,2026-12-31,true",
            "24/12/31,2024-12-31,false",
            "2024/12/31,2024-12-31,false",
            "2024-12-31,2024-12-31,false",
            "2024.12,2024-12-31,false",
            "2024.6,2024-06-30,false",
            "2024年12月,2024-12-31,false",
            "2024年12月底前,2024-12-31,true",
            "2024年底,2024-12-31,false",
            "2024年1月-12月,2024-12-31,false",
            "2024年1月-2024年12月,2024-12-31,false"})
    void readsDates(String text, String date, boolean before) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
        assertThat(d.before()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"年底前,true", "全年,false", "年内完成,false", "年底前组织完成,true", "12月31日之前,true", "按时间节点,false"})
    void relativeDeadlinesHaveNoDate(String text, boolean before) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text).orElseThrow();
        assertThat(d.date()).isNull();
        assertThat(d.before()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年维持收支平衡", "按当年实际执法收入", "2024年13月", "4055.01", "进一步提升", "2024年2月30日"})
    void otherTextIsNotADeadline(String text) {
        assertThat(DeadlineParser.parse(text)).isEmpty();
    }
}
