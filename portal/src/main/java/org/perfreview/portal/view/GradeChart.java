package org.perfreview.portal.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bars of the grade distribution (all table kinds together) for an inline SVG, as the report pages draw theirs. */
public final class GradeChart {
    private static final List<String> GRADES = List.of("优秀", "良好", "合格", "不合格");
    private static final int HEIGHT = 120;

    private GradeChart() {
    }

    public static List<Bar> of(JsonNode gradeDistribution) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        GRADES.forEach(g -> counts.put(g, 0));
        if (gradeDistribution != null) {
            gradeDistribution.forEach(kind -> kind.forEach(g -> counts.merge(g.path("grade").asText(), g.path("count").asInt(), Integer::sum)));
        }
        int max = Math.max(1, counts.values().stream().max(Integer::compare).orElse(1));
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int h = e.getValue() * HEIGHT / max;
            int x = 20 + i * 70;
            bars.add(new Bar(e.getKey(), e.getValue(), x, HEIGHT + 20 - h, h, x + 25, HEIGHT + 16 - h));
            i++;
        }
        return bars;
    }

    public record Bar(String grade, int count, int x, int y, int height, int labelX, int labelY) {
    }
}
