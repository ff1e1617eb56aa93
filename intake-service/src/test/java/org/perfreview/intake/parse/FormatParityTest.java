package org.perfreview.intake.parse;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.csv.TextCharset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same tables rendered as .xls and as CSV (UTF-8 with BOM, GB18030; merged values only in their top-left
 * cell, so blank level cells must inherit) read to the same content as the .xlsx: one extractor for all formats.
 */
class FormatParityTest {

    private static final List<Path> SAMPLES = List.of(
            Fixtures.path("overall-targets/A_template/1.1.xlsx"),
            Fixtures.path("overall-targets/A_template/16.xlsx"),
            Fixtures.path("overall-targets/D_messy/1.9.xlsx"),
            Fixtures.path("hengyang/changning-ecology-2024.xlsx"));

    @Test
    void xlsReadsLikeXlsx() throws Exception {
        for (Path p : Stream.concat(SAMPLES.stream(), Stream.of(Fixtures.path("overall-targets/C_stacked.xlsx"))).toList()) {
            List<String> xlsx = summaries(Fixtures.read(p));
            ReadSummary[] summary = new ReadSummary[1];
            List<ParsedTable> tables = new ArrayList<>();
            summary[0] = new TableReader(ReaderLimits.defaults())
                    .read(new ByteArrayInputStream(WorkbookConverter.toXls(p)), "x.xls", tables::add);
            assertThat(summary[0].format()).isEqualTo(FileFormat.XLS);
            assertThat(summaries(tables)).as(p.toString()).isEqualTo(xlsx);
        }
    }

    @Test
    void csvReadsLikeXlsxInUtf8AndGb18030() throws Exception {
        for (Path p : SAMPLES) {
            List<String> xlsx = summaries(Fixtures.read(p));
            byte[] utf8 = WorkbookConverter.toCsv(p, StandardCharsets.UTF_8, true);
            byte[] gb = WorkbookConverter.toCsv(p, TextCharset.GB18030, false);
            assertThat(TextCharset.detect(gb).orElseThrow().charset()).isEqualTo(TextCharset.GB18030);
            assertThat(summaries(Fixtures.read(utf8, ReaderLimits.defaults()))).as(p + " utf-8").isEqualTo(xlsx);
            assertThat(summaries(Fixtures.read(gb, ReaderLimits.defaults()))).as(p + " gb18030").isEqualTo(xlsx);
        }
    }

    @Test
    void aStackedCsvStillStreamsUnitByUnit() throws Exception {
        Path stacked = Fixtures.path("overall-targets/C_stacked.xlsx");
        byte[] csv = WorkbookConverter.toCsv(stacked, StandardCharsets.UTF_8, false);
        assertThat(summaries(Fixtures.read(csv, ReaderLimits.defaults()))).isEqualTo(summaries(Fixtures.read(stacked)));
    }

    /** Everything a rule reads from a table, positions left out (they differ by format). */
    private static List<String> summaries(List<ParsedTable> tables) {
        List<String> out = new ArrayList<>();
        for (ParsedTable pt : tables) {
            NormalizedTable t = pt.table();
            StringBuilder b = new StringBuilder(t.kind() + "|" + t.unitCodeValue() + "|" + t.unitNameValue());
            Funds f = t.funds();
            for (Amount a : new Amount[]{f.total(), f.generalBudget(), f.govFund(), f.specialAccount(), f.other(), f.basic(), f.project()}) {
                b.append('|').append(a == null || a.value() == null ? "-" : a.value().stripTrailingZeros().toPlainString());
            }
            t.goals().forEach(g -> b.append("|goal:").append(g.text().value()));
            for (Indicator i : t.indicators()) {
                b.append("\n  ").append(String.join("|", v(i.level1()), v(i.level2()), v(i.name()), v(i.operator()),
                        v(i.value()), v(i.unit()), v(i.explanation()), v(i.scoringRule()), v(i.remark()),
                        String.valueOf(i.target().flag()), i.target().canonical()));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static String v(Text t) {
        return t == null ? "∅" : Text.valueOf(t);
    }
}
