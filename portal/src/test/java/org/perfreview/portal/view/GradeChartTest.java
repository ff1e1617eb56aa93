package org.perfreview.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GradeChartTest {

    @Test
    void sumsEveryTableKindPerGradeAndScalesToTheTallestBar() throws Exception {
        var distribution = new ObjectMapper().readTree("""
                {"OVERALL":[{"grade":"优秀","count":2},{"grade":"不合格","count":1}],"PROJECT":[{"grade":"优秀","count":2}]}""");

        var bars = GradeChart.of(distribution);

        assertThat(bars).extracting(GradeChart.Bar::grade).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(bars).extracting(GradeChart.Bar::count).containsExactly(4, 0, 0, 1);
        assertThat(bars.get(0).height()).isEqualTo(120);
        assertThat(bars.get(3).height()).isEqualTo(30);
    }
}
