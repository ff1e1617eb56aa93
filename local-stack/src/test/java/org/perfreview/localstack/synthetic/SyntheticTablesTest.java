package org.perfreview.localstack.synthetic;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticTablesTest {

    private static final Path SAMPLES = Path.of("../samples/overall-targets");

    @Test
    void everySampleIsATemplateAndTablesGetTheirOwnUnit() throws Exception {
        SyntheticTables tables = SyntheticTables.fromSamples(SAMPLES);
        long samples;
        try (var files = Files.list(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".xlsx")).count();
        }
        assertThat(tables.templates()).isEqualTo((int) samples);

        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2 * tables.templates(); i++) {
            SyntheticTables.Table t = tables.table(i);
            assertThat(codes.add(t.unitCode())).isTrue();
            assertThat(t.unitCode()).hasSize(6).startsWith("9");
            String strings = sharedStrings(t.bytes());
            assertThat(strings).contains("<si><t>" + t.unitCode() + "</t></si>").contains(t.unitName());
        }
    }

    @Test
    void aTableKeepsItsTemplatesOtherPartsAndTextsExceptTheUnit() throws Exception {
        SyntheticTables tables = SyntheticTables.fromSamples(SAMPLES);
        byte[] template = Files.readAllBytes(SAMPLES.resolve("1.1.xlsx"));
        SyntheticTables.Table t = tables.table(0);
        assertThat(t.fileName()).isEqualTo("900000-1.1.xlsx");
        assertThat(t.unitName()).isEqualTo("中共岳阳市委办公室本级（合成0）");
        assertThat(entries(t.bytes())).isEqualTo(entries(template));
        String before = sharedStrings(template);
        String after = sharedStrings(t.bytes());
        assertThat(before).contains("<t>201001</t>");
        assertThat(after).doesNotContain("<t>201001</t>")
                .isEqualTo(before.replace("<t>201001</t>", "<t>900000</t>")
                        .replace("<t>中共岳阳市委办公室本级</t>", "<t>中共岳阳市委办公室本级（合成0）</t>"));
    }

    @Test
    void indexesOutsideTheCodeSpaceAreRefused() {
        SyntheticTables tables = SyntheticTables.fromSamples(SAMPLES);
        assertThatThrownBy(() -> tables.table(100_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables.table(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String sharedStrings(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no shared strings");
    }
}
