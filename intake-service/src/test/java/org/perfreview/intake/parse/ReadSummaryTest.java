package org.perfreview.intake.parse;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a read reports besides the tables: format, counts, sheet-level notes, and where each value was read. */
class ReadSummaryTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    @Test
    void countsSheetsAndTables() throws Exception {
        ReadSummary b = summary(Files.readAllBytes(Fixtures.path("overall-targets/B_one-sheet-per-unit.xlsx")), new ArrayList<>());
        assertThat(b.format()).isEqualTo(FileFormat.XLSX);
        assertThat(b.sheets()).isEqualTo(79);
        assertThat(b.tables()).isEqualTo(79);
        assertThat(b.notes()).isEmpty();
        ReadSummary docx = summary(Files.readAllBytes(Fixtures.path("self-evaluation/self-evaluation-2024.docx")), new ArrayList<>());
        assertThat(docx.format()).isEqualTo(FileFormat.DOCX);
        assertThat(docx.sheets()).isEqualTo(9);
        assertThat(docx.tables()).isEqualTo(9);
    }

    @Test
    void stackedUnitsKeepTheirPositions() throws Exception {
        List<ParsedTable> tables = new ArrayList<>();
        summary(Files.readAllBytes(Fixtures.path("overall-targets/C_stacked.xlsx")), tables);
        ParsedTable second = tables.get(1);
        assertThat(second.firstRow()).isEqualTo(20);
        NormalizedTable t = second.table();
        assertThat(t.heading().value()).isEqualTo("1.2中共岳阳市委政策研究室本级整体支出绩效目标表");
        assertThat(t.unitCode().at().ref()).isEqualTo("A24");
        assertThat(t.funds().total().at().ref()).isEqualTo("C24");
        Indicator first = t.indicators().get(0);
        assertThat(first.name().at().ref()).isEqualTo("M24");
        assertThat(first.value().at().ref()).isEqualTo("O24");
        Indicator seventh = t.indicators().get(6);
        // 效益指标 is merged K30:K33: rows below read it from the region's top-left cell.
        assertThat(t.indicators().get(7).level1().at().ref()).isEqualTo("K30");
        assertThat(seventh.row()).isEqualTo(30);
    }

    @Test
    void aSheetWithoutTableIsNotedAndSkipped() throws Exception {
        byte[] content;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("填报说明").createRow(0).createCell(0).setCellValue("请按模板填写");
            try (InputStream in = Files.newInputStream(Fixtures.path("overall-targets/A_template/1.1.xlsx"));
                 XSSFWorkbook unit = new XSSFWorkbook(in)) {
                Sheet from = unit.getSheetAt(0);
                Sheet to = wb.createSheet("单位");
                for (Row r : from) {
                    Row copy = to.createRow(r.getRowNum());
                    r.forEach(c -> copy.createCell(c.getColumnIndex()).setCellValue(
                            FORMAT.formatCellValue(c)));
                }
                from.getMergedRegions().forEach(to::addMergedRegion);
            }
            wb.write(out);
            content = out.toByteArray();
        }
        List<ParsedTable> tables = new ArrayList<>();
        ReadSummary s = summary(content, tables);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).table().unitCodeValue()).isEqualTo("201001");
        assertThat(s.notes()).extracting(ParseNote::message).anyMatch(m -> m.contains("填报说明") && m.contains("未识别"));
    }

    private static ReadSummary summary(byte[] content, List<ParsedTable> sink) throws Exception {
        return new TableReader(ReaderLimits.defaults()).read(new ByteArrayInputStream(content), "f", sink::add);
    }
}
