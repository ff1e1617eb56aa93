package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.SelfEvaluation;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.TextFolder;

import java.io.File;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-evaluation fixtures (Word form and workbook) against {@code self-evaluation/expected.json}: base data,
 * the overall self-evaluation and the seven project self-evaluations. Numbers are compared by value and by the
 * digits as filed (the end of the amount's raw cell text, whitespace folded), texts whitespace-insensitively.
 */
class SelfEvaluationFixtureTest {

    private static final JsonNode EXPECTED = expected();

    private static JsonNode expected() {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                    .readTree(new File(Fixtures.path("self-evaluation/expected.json").toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-evaluation-2024.docx", "self-evaluation-2024.xlsx"})
    void readsAllNineTablesAsFiled(String file) throws Exception {
        List<ParsedTable> tables = Fixtures.read(Fixtures.path("self-evaluation/" + file));

        assertThat(tables).extracting(t -> t.table().kind()).containsExactly(TableKind.BASE_DATA,
                TableKind.OVERALL_SELF_EVAL, TableKind.PROJECT_SELF_EVAL, TableKind.PROJECT_SELF_EVAL,
                TableKind.PROJECT_SELF_EVAL, TableKind.PROJECT_SELF_EVAL, TableKind.PROJECT_SELF_EVAL,
                TableKind.PROJECT_SELF_EVAL, TableKind.PROJECT_SELF_EVAL);
        tables.forEach(t -> assertThat(t.table().notes()).as(t.sheet()).isEmpty());
        baseData(EXPECTED.get("baseData"), tables.get(0).table());
        overall(EXPECTED.get("overallSelfEvaluation"), tables.get(1).table());
        JsonNode projects = EXPECTED.get("projectSelfEvaluations");
        assertThat(projects).hasSize(7);
        assertThat(EXPECTED.get("projectSelfEvaluation")).isEqualTo(projects.get(0));
        for (int p = 0; p < 7; p++) {
            project(projects.get(p), tables.get(p + 2).table());
        }
    }

    private static void baseData(JsonNode e, NormalizedTable t) {
        assertThat(Text.valueOf(t.heading())).isEqualTo(e.get("title").asText());
        BaseData data = t.baseData();
        number(e.at("/staffing/authorized"), data.authorizedStaff(), "编制数");
        number(e.at("/staffing/actual"), data.actualStaff(), "实际在职人数");
        assertThat(Text.valueOf(data.controlRate())).isEqualTo(e.at("/staffing/controlRate").asText());
        JsonNode rows = e.get("expenseRows");
        assertThat(data.lines()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BaseData.Line line = data.lines().get(i);
            JsonNode row = rows.get(i);
            assertThat(Text.valueOf(line.label())).as("line %d label", i).isEqualTo(row.get(0).asText());
            assertThat(line.key()).as("key of %s", row.get(0).asText()).isNotNull();
            number(row.get(1), line.lastYearFinal(), row.get(0).asText() + " 上年决算");
            number(row.get(2), line.budget(), row.get(0).asText() + " 本年预算");
            number(row.get(3), line.finalAccount(), row.get(0).asText() + " 本年决算");
        }
        assertThat(data.lines()).extracting(BaseData.Line::key).startsWith("threePublic", "officialCars",
                "carPurchase", "carOperation", "overseasTravel", "reception", "projectExpense");
    }

    private static void overall(JsonNode e, NormalizedTable t) {
        assertThat(Text.valueOf(t.heading())).isEqualTo(e.get("title").asText());
        assertThat(t.unitNameValue()).isEqualTo(e.get("unitName").asText());
        budget(e.get("budget"), t.selfEvaluation());
        number(e.at("/incomeBreakdown/generalBudget"), t.funds().generalBudget(), "一般公共预算");
        number(e.at("/incomeBreakdown/govFund"), t.funds().govFund(), "政府性基金拨款");
        number(e.at("/incomeBreakdown/specialAccount"), t.funds().specialAccount(), "专户");
        number(e.at("/incomeBreakdown/other"), t.funds().other(), "其他资金");
        number(e.at("/expenditureBreakdown/basic"), t.funds().basic(), "基本支出");
        number(e.at("/expenditureBreakdown/project"), t.funds().project(), "项目支出");
        number(e.at("/budget/full"), t.funds().total(), "资金总额");
        goalsAndIndicators(e, t);
    }

    private static void project(JsonNode e, NormalizedTable t) {
        String name = e.get("projectName").asText();
        assertThat(Text.valueOf(t.project().name())).isEqualTo(name);
        assertThat(Text.valueOf(t.project().department())).as(name).isEqualTo(e.get("competentDepartment").asText());
        assertThat(Text.valueOf(t.project().implementingUnit())).as(name).isEqualTo(e.get("implementingUnit").asText());
        budget(e.get("budget"), t.selfEvaluation());
        number(e.at("/budget/full"), t.project().total(), name + " 年度资金总额");
        number(e.at("/incomeBreakdown/currentYearAppropriation/full"), t.project().fiscal(), name + " 当年财政拨款");
        number(e.at("/incomeBreakdown/other/full"), t.project().other(), name + " 其他资金");
        goalsAndIndicators(e, t);
    }

    private static void budget(JsonNode e, SelfEvaluation s) {
        number(e.get("initial"), s.budgetAtStart(), "年初预算数");
        number(e.get("full"), s.budgetFullYear(), "全年预算数");
        number(e.get("executed"), s.executed(), "全年执行数");
        number(e.get("weight"), s.executionWeight(), "分值");
        assertThat(Text.valueOf(s.executionRate())).isEqualTo(e.get("rate").asText());
        number(e.get("score"), s.executionScore(), "得分");
    }

    private static void goalsAndIndicators(JsonNode e, NormalizedTable t) {
        assertThat(squeeze(goal(t, Goal.GoalKind.EXPECTED))).isEqualTo(squeeze(e.at("/goal/expected").asText()));
        assertThat(squeeze(goal(t, Goal.GoalKind.ACTUAL))).isEqualTo(squeeze(e.at("/goal/actual").asText()));
        JsonNode rows = e.get("indicators");
        assertThat(t.indicators()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Indicator ind = t.indicators().get(i);
            String where = e.path("projectName").asText("整体") + " #" + (i + 1);
            assertThat(ind.level1Value()).as(where).isEqualTo(row.get("level1").asText());
            assertThat(ind.level2Value()).as(where).isEqualTo(row.get("level2").asText());
            assertThat(ind.nameValue()).as(where).isEqualTo(row.get("name").asText());
            assertThat(ind.target().canonical()).as(where).isEqualTo(ReadmeCanonical.of(null, row.get("target").asText(), null));
            assertThat(Text.valueOf(ind.selfEval().actual())).as(where).isEqualTo(row.get("actual").asText());
            number(row.get("weight"), ind.selfEval().weight(), where + " 分值");
            number(row.get("score"), ind.selfEval().score(), where + " 得分");
            assertThat(Text.valueOf(ind.selfEval().deviationReason())).as(where).isEqualTo(row.get("deviationReason").asText());
        }
        number(e.get("totalScore"), t.selfEvaluation().totalScore(), "总分");
    }

    private static String goal(NormalizedTable t, Goal.GoalKind kind) {
        List<Goal> goals = t.goalsOf(kind);
        assertThat(goals).as("%s goal", kind).hasSize(1);
        return Text.valueOf(goals.get(0).text());
    }

    /** A JSON number matches the amount's value and its digits as filed; JSON null matches a blank cell. */
    private static void number(JsonNode expected, Amount actual, String what) {
        if (expected == null || expected.isNull()) {
            assertThat(actual == null ? null : actual.value()).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.value()).as(what).isEqualByComparingTo(expected.decimalValue());
        // The raw text is the whole cell, so a "标签：数值" cell ends with the digits as filed.
        assertThat(TextFolder.fold(actual.raw())).as(what + " as filed").endsWith(expected.decimalValue().toPlainString());
        assertThat(actual.at()).as(what + " position").isNotNull();
    }

    private static String squeeze(String s) {
        return ReadmeCanonical.squeeze(s);
    }
}
