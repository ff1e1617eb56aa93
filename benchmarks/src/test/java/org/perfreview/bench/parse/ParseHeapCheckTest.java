package org.perfreview.bench.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap check's two measurements on a small sheet: both succeed, and keeping the tables costs more heap. */
class ParseHeapCheckTest {

    @Test
    void measuresStreamingAndXssfOnASmallSheet() {
        byte[] file;
        try (ParseInputs inputs = ParseInputs.synthetic(2_000)) {
            file = inputs.files().get(0);
        }
        ParseHeapCheck.Outcome dropped = ParseHeapCheck.streaming("dropped", file, 2_000, false);
        ParseHeapCheck.Outcome kept = ParseHeapCheck.streaming("kept", file, 2_000, true);
        ParseHeapCheck.Outcome xssf = ParseHeapCheck.xssf("xssf", file);

        assertThat(dropped.failure()).isNull();
        assertThat(dropped.indicators()).isEqualTo(2_000);
        assertThat(dropped.samples()).isGreaterThanOrEqualTo(10);
        assertThat(kept.retainedMb()).isGreaterThan(dropped.retainedMb());
        assertThat(xssf.failure()).isNull();
        assertThat(xssf.indicators()).as("physical rows").isEqualTo(2_000 + 5);
    }
}
