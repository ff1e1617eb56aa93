package org.perfreview.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DimensionsTest {

    @Test
    void groupsFindingsByDimensionInTheScoreSheetsOrderWithChineseLabels() throws Exception {
        var findings = new ObjectMapper().readTree("""
                [{"ruleCode":"Q1","dimension":"quality"},{"ruleCode":"G1","dimension":"goal"},
                 {"key":"G2@x","finding":{"ruleCode":"G2","dimension":"goal"}}]""");

        var groups = Dimensions.group(findings);

        assertThat(groups).extracting(Dimensions.Group::label).containsExactly("绩效目标", "上报的质量");
        assertThat(groups.get(0).findings()).hasSize(2);
    }
}
