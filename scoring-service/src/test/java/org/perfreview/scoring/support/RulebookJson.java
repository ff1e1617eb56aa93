package org.perfreview.scoring.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TEST-ONLY: a small valid rulebook document as mutable maps, to break one thing at a time. */
public final class RulebookJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public final Map<String, Object> doc = new LinkedHashMap<>();
    public final List<Map<String, Object>> rules = new ArrayList<>();
    public final List<Map<String, Object>> grades = new ArrayList<>();
    public final Map<String, Object> dimensions = new LinkedHashMap<>();

    public RulebookJson() {
        doc.put("version", "test-1");
        doc.put("name", "测试规则");
        dimensions.putAll(Map.of("basicInfo", 10, "goal", 5, "indicators", 25, "indicatorValues", 10,
                "fundManagement", 10, "timeliness", 10, "completeness", 10, "quality", 20));
        doc.put("dimensions", dimensions);
        grades.add(grade("优秀", 90, null, "通过"));
        grades.add(grade("良好", 75, 90, "完善后通过"));
        grades.add(grade("合格", 60, 75, "退回修改后重新报送"));
        grades.add(grade("不合格", 0, 60, "不得进入预算安排"));
        doc.put("grades", grades);
        doc.put("lexicon", new LinkedHashMap<>(Map.of("placeholders", List.of("无", "不适用"))));
        doc.put("rules", rules);
    }

    public static Map<String, Object> grade(String name, Object min, Object max, String action) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("min", min);
        g.put("max", max);
        g.put("action", action);
        return g;
    }

    /** Adds a rule and returns it for further changes. */
    public Map<String, Object> rule(String code, String check, String dimension, Object points, Object maxPoints) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", code);
        r.put("check", check);
        r.put("title", "测试规则" + code);
        r.put("standard", 2);
        r.put("dimension", dimension);
        r.put("severity", "ERROR");
        r.put("points", points);
        r.put("maxPoints", maxPoints);
        r.put("params", new LinkedHashMap<String, Object>());
        r.put("appliesTo", List.of("OVERALL_TARGET"));
        r.put("message", "问题：{evidence}");
        r.put("fix", "请修改。");
        r.put("enabled", true);
        rules.add(r);
        return r;
    }

    public String json() {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
