package org.perfreview.intake.parse.xlsx;

import org.junit.jupiter.api.Test;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.SheetRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet read in one pass (rows kept until the merges at its end are known) gives exactly the rows of the two-pass
 * read, merged values and their origins included, on every .xlsx fixture; so does a sheet that turns out longer than
 * the rows kept and falls back to two passes midway.
 */
class OnePassTest {

    @Test
    void everyFixtureReadsTheSameInOnePassInTwoPassesAndWhenTheKeptRowsOverflow() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(OnePassTest.class.getResource("/fixtures").toURI()))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        int merged = 0;
        for (Path file : files) {
            List<String> twoPasses = rows(new XlsxRowSource(ReaderLimits.defaults(), 0), file);
            assertThat(rows(new XlsxRowSource(ReaderLimits.defaults()), file)).as(file.toString()).isEqualTo(twoPasses);
            assertThat(rows(new XlsxRowSource(ReaderLimits.defaults(), 3), file)).as(file + ", 3 rows kept").isEqualTo(twoPasses);
            merged += (int) twoPasses.stream().filter(r -> r.contains("<-")).count();
        }
        assertThat(merged).as("rows with merged values, so the comparison covers merges").isGreaterThan(1000);
    }

    /** Every row as text: sheet, number, and each cell's text, position and, for a merged copy, where it came from. */
    private static List<String> rows(XlsxRowSource source, Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        source.read(file, new RowHandler() {
            @Override
            public void startSheet(String name) {
                rows.add("sheet " + name);
            }

            @Override
            public void row(SheetRow row) {
                StringBuilder line = new StringBuilder(row.sheet()).append('!').append(row.number());
                for (int c = 1; c <= row.width(); c++) {
                    var cell = row.cell(c);
                    line.append(" | ").append(cell.raw()).append('@').append(cell.at());
                    if (cell.mergedCopy()) {
                        line.append(" <- ").append(cell.origin());
                    }
                }
                rows.add(line.toString());
            }

            @Override
            public void endSheet() {
                rows.add("end");
            }
        });
        return rows;
    }
}
