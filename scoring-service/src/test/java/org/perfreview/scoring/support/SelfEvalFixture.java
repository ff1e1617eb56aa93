package org.perfreview.scoring.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.TableKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TEST-ONLY: the seed's base-data table and self-evaluations ({@code fixtures/self-evaluation/expected.json})
 * as normalized tables. Base-data line keys follow the contract's vocabulary (threePublic, officialCars …).
 */
public final class SelfEvalFixture {

    /** Line label (as filed) → key the intake normalizer gives it. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("三公经费", "threePublic"), Map.entry("1、公务用车购置和维护经费", "officialCars"),
            Map.entry("其中：公车购置", "carPurchase"), Map.entry("公车运行维护", "carOperation"),
            Map.entry("2、出国经费", "overseasTravel"), Map.entry("3、公务接待", "reception"),
            Map.entry("项目支出：", "projectExpense"), Map.entry("1、业务工作经费", "businessExpense"),
            Map.entry("公用经费", "publicExpense"), Map.entry("其中：办公经费", "officeExpense"),
            Map.entry("差旅费", "travel"), Map.entry("水费、电费", "utilities"), Map.entry("会议费、培训费", "meetings"),
            Map.entry("政府采购金额", "procurement"), Map.entry("部门基本支出预算调整", "budgetAdjustment"));

    private static final JsonNode SEED = load();

    private SelfEvalFixture() {
    }

    public static TableBuilder baseData() {
        JsonNode b = SEED.get("baseData");
        TableBuilder t = TableBuilder.of(TableKind.BASE_DATA).name("中共岳阳市委办公室");
        List<BaseData.Line> lines = new ArrayList<>();
        for (JsonNode row : b.get("expenseRows")) {
            lines.add(t.line(KEYS.get(row.get(0).asText()), row.get(0).asText(), num(row.get(1)), num(row.get(2)), num(row.get(3))));
        }
        JsonNode s = b.get("staffing");
        return t.baseData(s.get("authorized").asDouble(), s.get("actual").asDouble(), s.get("controlRate").asText(), lines);
    }

    public static TableBuilder overall() {
        return evaluation(SEED.get("overallSelfEvaluation"), TableKind.OVERALL_SELF_EVAL);
    }

    public static TableBuilder project() {
        return evaluation(SEED.get("projectSelfEvaluation"), TableKind.PROJECT_SELF_EVAL);
    }

    private static TableBuilder evaluation(JsonNode e, TableKind kind) {
        TableBuilder t = kind == TableKind.PROJECT_SELF_EVAL
                ? TableBuilder.project("201001", "中共岳阳市委办公室", e.get("projectName").asText(), e.get("budget").get("full").asDouble())
                : TableBuilder.of(kind).name(e.get("unitName").asText());
        TableBuilder built = kind == TableKind.PROJECT_SELF_EVAL ? asSelfEval(t) : t;
        JsonNode b = e.get("budget");
        built.goal(GoalKind.EXPECTED, e.get("goal").get("expected").asText());
        for (JsonNode i : e.get("indicators")) {
            built.selfRow(i.get("level1").asText(), i.get("level2").asText(), i.get("name").asText(), i.get("target").asText(),
                    i.get("actual").asText(), num(i.get("weight")), num(i.get("score")), i.get("deviationReason").asText());
        }
        return built.selfEvaluation(num(b.get("initial")), num(b.get("full")), num(b.get("executed")), num(b.get("weight")),
                b.get("rate").asText(), num(b.get("score")), num(e.get("totalScore")));
    }

    private static TableBuilder asSelfEval(TableBuilder projectTarget) {
        return projectTarget.kind(TableKind.PROJECT_SELF_EVAL);
    }

    private static Double num(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static JsonNode load() {
        try (InputStream in = SelfEvalFixture.class.getResourceAsStream("/fixtures/self-evaluation/expected.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
