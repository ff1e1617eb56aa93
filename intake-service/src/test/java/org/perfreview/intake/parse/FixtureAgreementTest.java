package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every overall-target fixture through {@link TableReader} and compares each unit with its expected JSON
 * the way the fixtures README defines, per layout and overall.
 */
class FixtureAgreementTest {

    private static final Map<String, JsonNode> BY_CODE = new HashMap<>();
    private static final Map<String, JsonNode> BY_NAME = new HashMap<>();

    @BeforeAll
    static void loadExpected() {
        for (Path p : Fixtures.files("overall-targets/expected", ".json")) {
            JsonNode unit = Fixtures.json("overall-targets/expected/" + p.getFileName());
            BY_CODE.put(ReadmeCanonical.squeeze(unit.get("unitCode").asText()), unit);
            BY_NAME.put(unit.get("unitName").asText(), unit);
        }
    }

    @Test
    void everyLayoutAgreesWithTheExpectedTables() throws Exception {
        Map<String, AgreementTally> layouts = new LinkedHashMap<>();
        layouts.put("A_template", compareFiles("A_template", Fixtures.files("overall-targets/A_template", ".xlsx"), 1));
        layouts.put("D_messy", compareFiles("D_messy", Fixtures.files("overall-targets/D_messy", ".xlsx"), 1));
        layouts.put("B_one-sheet-per-unit", compareFiles("B_one-sheet-per-unit", List.of(Fixtures.path("overall-targets/B_one-sheet-per-unit.xlsx")), 79));
        layouts.put("C_stacked", compareFiles("C_stacked", List.of(Fixtures.path("overall-targets/C_stacked.xlsx")), 79));
        layouts.put("hengyang", compareHengyang());

        AgreementTally all = new AgreementTally("ALL LAYOUTS");
        layouts.values().forEach(all::add);
        layouts.values().forEach(System.out::println);
        System.out.println(all);
        all.mismatches.stream().distinct().limit(40).forEach(m -> System.out.println("  mismatch " + m));

        // 994 expected indicators × 7 compared fields in each of the four Yueyang layouts, plus goals and hengyang.
        assertThat(all.indicatorFields()).as("indicator fields compared").isGreaterThan(4 * 994 * 7);
        assertThat(all.unitAgreement()).as("unit codes, names and amounts").isEqualTo(1.0);
        assertThat(all.indicatorAgreement()).as("goal and indicator fields").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void operatorValueAndUnitSplitKeepsTheCanonicalForm() throws Exception {
        List<ParsedTable> tables = new ArrayList<>(Fixtures.read(Fixtures.path("overall-targets/C_stacked.xlsx")));
        for (Path p : Fixtures.files("overall-targets/D_messy", ".xlsx")) {
            tables.addAll(Fixtures.read(p));
        }
        for (ParsedTable t : tables) {
            for (Indicator i : t.table().indicators()) {
                String split = ReadmeCanonical.of(Text.valueOf(i.operator()), Text.valueOf(i.value()), Text.valueOf(i.unit()));
                String raw = ReadmeCanonical.of(raw(i.operator()), raw(i.value()), raw(i.unit()));
                assertThat(split).as("split of %s row %d", t.table().unitNameValue(), i.row()).isEqualTo(raw);
                assertThat(i.target().canonical()).isEqualTo(raw);
            }
        }
    }

    private static String raw(Text t) {
        return t == null ? null : t.raw();
    }

    private AgreementTally compareFiles(String layout, List<Path> files, int unitsPerFile) throws Exception {
        AgreementTally tally = new AgreementTally(layout);
        int units = 0;
        for (Path file : files) {
            List<ParsedTable> tables = Fixtures.read(file);
            assertThat(tables).as(file.toString()).hasSize(unitsPerFile);
            for (ParsedTable t : tables) {
                assertThat(t.table().kind()).isEqualTo(TableKind.OVERALL_TARGET);
                JsonNode expected = expectedFor(t.table());
                ExpectedComparison.compare(file.getFileName() + "/" + t.sheet() + "@" + t.firstRow(), expected, t.table(), tally);
                units++;
            }
        }
        assertThat(units).isEqualTo(79);
        return tally;
    }

    private AgreementTally compareHengyang() throws Exception {
        AgreementTally tally = new AgreementTally("hengyang");
        List<ParsedTable> tables = Fixtures.read(Fixtures.path("hengyang/changning-ecology-2024.xlsx"));
        assertThat(tables).hasSize(1);
        ExpectedComparison.compare("hengyang", Fixtures.json("hengyang/expected.json"), tables.get(0).table(), tally);
        return tally;
    }

    private static JsonNode expectedFor(NormalizedTable table) {
        JsonNode byCode = BY_CODE.get(table.unitCodeValue());
        JsonNode expected = byCode != null ? byCode : BY_NAME.get(table.unitNameValue());
        assertThat(expected).as("expected JSON for unit %s %s", table.unitCodeValue(), table.unitNameValue()).isNotNull();
        return expected;
    }
}
