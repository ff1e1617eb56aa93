package org.perfreview.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Json;

import static org.assertj.core.api.Assertions.assertThat;

class CitySummaryTest {

    @Test
    void percentagesPrintWithTwoDecimalsAsTheReportRoundsThem() throws Exception {
        JsonNode city = Json.mapper().readTree("""
                {"gradeDistribution":{"OVERALL_TARGET":[
                  {"grade":"优秀","count":6,"percent":7.59},{"grade":"良好","count":53,"percent":67.09},
                  {"grade":"合格","count":20,"percent":25.32},{"grade":"不合格","count":0,"percent":0.0}]}}""");
        assertThat(CitySummary.format(city)).contains("优秀 6 (7.59%)", "良好 53 (67.09%)", "合格 20 (25.32%)", "不合格 0 (0.00%)");
    }
}
