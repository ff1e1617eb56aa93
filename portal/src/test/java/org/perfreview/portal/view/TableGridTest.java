package org.perfreview.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void putsEveryPositionedValueAtItsCellAndMarksTheCellsFindingsPointAt() throws Exception {
        JsonNode table = JSON.readTree("""
                {"kind":"OVERALL","unitName":{"value":"岳阳市财政局","raw":"岳阳市财政局 ","at":{"sheet":"表1","row":2,"column":2}},
                 "indicators":[{"name":{"value":"完成率","raw":"完成率","at":{"sheet":"表1","row":5,"column":3}},
                                "target":{"value":"≥95%","at":{"sheet":"表1","row":5,"column":4}}}],
                 "notes":[{"level":"WARNING","message":"无位置"}]}""");
        JsonNode findings = JSON.readTree("""
                [{"key":"R1@完成率","finding":{"ruleCode":"R1","dimension":"indicatorValues","location":{"sheet":"表1","row":5,"column":"D"}}}]""");

        List<TableGrid.Sheet> sheets = TableGrid.of(table, findings);

        assertThat(sheets).singleElement().satisfies(sheet -> {
            assertThat(sheet.name()).isEqualTo("表1");
            assertThat(sheet.columns()).containsExactly("A", "B", "C", "D");
            assertThat(sheet.rows()).extracting(TableGrid.Row::number).containsExactly(2, 3, 4, 5);
            TableGrid.Row row5 = sheet.rows().get(3);
            assertThat(row5.cells()).extracting(TableGrid.Cell::text).containsExactly("", "", "完成率", "≥95%");
            assertThat(row5.cells()).extracting(TableGrid.Cell::marked).containsExactly(false, false, false, true);
            assertThat(sheet.rows().get(0).cells().get(1).text()).as("the raw text as filed").isEqualTo("岳阳市财政局 ");
        });
    }

    @Test
    void columnLettersFollowTheSpreadsheetConvention() {
        assertThat(TableGrid.letters(1)).isEqualTo("A");
        assertThat(TableGrid.letters(26)).isEqualTo("Z");
        assertThat(TableGrid.letters(27)).isEqualTo("AA");
    }
}
