package org.perfreview.intake.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFolderTest {

    @Test
    void joinsChineseBrokenOverLinesAndTrimsIdeographicSpaces() {
        assertThat(TextFolder.fold("经济效\n益指标")).isEqualTo("经济效益指标");
        assertThat(TextFolder.fold("产出指标\n\n(50分)")).isEqualTo("产出指标(50分)");
        assertThat(TextFolder.fold("效益指标\n\n（30分）\n\u3000")).isEqualTo("效益指标（30分）");
        assertThat(TextFolder.fold("127\u3000")).isEqualTo("127");
        assertThat(TextFolder.fold("\u300010")).isEqualTo("10");
    }

    @Test
    void collapsesSpaceRunsAndKeepsLatinWordsApart() {
        assertThat(TextFolder.fold("  其中：  一般公共预算：7745.72")).isEqualTo("其中： 一般公共预算：7745.72");
        assertThat(TextFolder.fold("GB 5084\r\n2021")).isEqualTo("GB 5084 2021");
        assertThat(TextFolder.fold("a \t b")).isEqualTo("a b");
    }

    @Test
    void blankAndNull() {
        assertThat(TextFolder.fold(null)).isNull();
        assertThat(TextFolder.fold(" \u3000\n")).isEmpty();
        assertThat(TextFolder.isBlank("\u3000 ")).isTrue();
        assertThat(TextFolder.isBlank("无")).isFalse();
        assertThat(TextFolder.squeeze("8500 01\u3000")).isEqualTo("850001");
    }
}
