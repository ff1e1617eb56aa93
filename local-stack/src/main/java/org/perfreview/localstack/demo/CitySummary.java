package org.perfreview.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/** The city summary the demo prints: tables by kind, grade distribution, the five most frequent problems. */
final class CitySummary {
    private CitySummary() {
    }

    static String format(JsonNode city) {
        StringBuilder s = new StringBuilder();
        JsonNode scope = city.path("scope");
        s.append(String.format("城市审核汇总 %s %s %s%n", city.path("fiscalYear").asText(), city.path("region").asText(), city.path("stage").asText()));
        s.append(String.format("units filed: %d of %d in the control list; filed %s 万元 vs control %s 万元%n",
                scope.path("unitsFiled").asInt(), scope.path("unitsExpected").asInt(),
                scope.path("filedAmount").asText("-"), scope.path("controlAmount").asText("-")));
        s.append("tables by kind:\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = scope.path("tablesByKind").fields(); it.hasNext(); ) {
            var e = it.next();
            s.append(String.format("  %-18s %4d%n", e.getKey(), e.getValue().asInt()));
        }
        s.append("grade distribution:\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = city.path("gradeDistribution").fields(); it.hasNext(); ) {
            var e = it.next();
            s.append("  ").append(e.getKey()).append(":");
            for (JsonNode g : e.getValue()) {
                s.append(String.format("  %s %d (%s%%)", g.path("grade").asText(), g.path("count").asInt(),
                        g.path("percent").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
            }
            s.append('\n');
        }
        s.append(String.format("average total: %s%n", city.path("averageTotal").asText("-")));
        s.append("most frequent problems:\n");
        int i = 0;
        for (JsonNode p : city.path("topProblems")) {
            if (i++ == 5) {
                break;
            }
            JsonNode example = p.path("examples").path(0);
            s.append(String.format("  %d. %s %s — %d findings in %d units; e.g. %s：%s%n", i, p.path("ruleCode").asText(),
                    p.path("title").asText(), p.path("count").asInt(), p.path("units").asInt(),
                    example.path("unitName").asText(""), clip(example.path("evidence").asText(""))));
        }
        return s.toString();
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
