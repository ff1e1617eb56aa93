package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.TableKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field agreement on exports the parser was not written against: variants rendered from the expected tables by
 * {@link LayoutVariants}, and the review-gold tables in both layouts. Prints one line per layout (run by
 * {@code ./benchmark layouts}, beside {@link FixtureAgreementTest} for the original layouts).
 */
class LayoutVariantsTest {

    private static final double VARIANT_TARGET = 0.995;
    private static final List<JsonNode> UNITS = new ArrayList<>();

    @BeforeAll
    static void loadExpected() {
        for (Path p : Fixtures.files("overall-targets/expected", ".json")) {
            UNITS.add(Fixtures.json("overall-targets/expected/" + p.getFileName()));
        }
    }

    @Test
    void renderedVariantsAgreeWithTheExpectedTables() throws Exception {
        List<LayoutVariants.Variant> variants = List.of(LayoutVariants.labelledFieldsInYuan(UNITS),
                LayoutVariants.offsetXls(UNITS), LayoutVariants.flatCsv(UNITS), LayoutVariants.sectionRows(UNITS));
        List<AgreementTally> tallies = new ArrayList<>();
        for (LayoutVariants.Variant v : variants) {
            AgreementTally tally = new AgreementTally(v.name());
            int units = 0;
            for (LayoutVariants.File f : v.files()) {
                List<ParsedTable> tables = Fixtures.read(f.content(), ReaderLimits.defaults());
                assertThat(tables).as("%s %s", v.name(), f.name()).hasSize(f.expected().size());
                for (int t = 0; t < tables.size(); t++) {
                    assertThat(tables.get(t).table().kind()).isEqualTo(TableKind.OVERALL_TARGET);
                    ExpectedComparison.compare(f.name() + "@" + tables.get(t).firstRow(), f.expected().get(t), tables.get(t).table(), tally);
                    units++;
                }
            }
            assertThat(units).as(v.name()).isEqualTo(UNITS.size());
            tallies.add(tally);
            System.out.println(tally + "  — " + v.description());
        }
        tallies.forEach(t -> t.mismatches.stream().limit(15).forEach(m -> System.out.println("  mismatch " + m)));
        for (AgreementTally t : tallies) {
            assertThat(t.overall()).as("field agreement of %s", t).isGreaterThanOrEqualTo(VARIANT_TARGET);
        }
    }

    @Test
    void reviewGoldTablesReadInBothLayouts() throws Exception {
        List<AgreementTally> tallies = new ArrayList<>();
        for (String layout : List.of("A_template", "D_messy")) {
            AgreementTally tally = new AgreementTally("review-gold " + layout);
            List<Path> files = Fixtures.files("review-gold/xlsx/" + layout, ".xlsx");
            for (Path file : files) {
                String seq = file.getFileName().toString().replace(".xlsx", "");
                List<ParsedTable> tables = Fixtures.read(file);
                assertThat(tables).as(file.toString()).hasSize(1);
                ExpectedComparison.compare(layout + "/" + seq, Fixtures.json("review-gold/tables/" + seq + ".json"),
                        tables.get(0).table(), tally);
            }
            assertThat(files).hasSize(24);
            tallies.add(tally);
            System.out.println(tally);
        }
        tallies.forEach(t -> t.mismatches.stream().limit(15).forEach(m -> System.out.println("  mismatch " + m)));
        for (AgreementTally t : tallies) {
            assertThat(t.overall()).as("field agreement of %s", t).isEqualTo(1.0);
        }
    }
}
