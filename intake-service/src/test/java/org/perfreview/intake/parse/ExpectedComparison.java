package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Funds;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Compares a parsed unit with its expected JSON the way the fixtures README defines: unit code (spaces removed),
 * name, each of funds.* as numbers within 0.005, goal and indicator texts whitespace-insensitive, and
 * operator + value + unit as one canonical string. Reads both expected shapes (operator/scoringRule, and
 * review-gold's op/scoring).
 */
final class ExpectedComparison {

    private static final String[] FUNDS = {"total", "generalBudget", "govFund", "specialAccount", "other", "basic", "project"};
    private static final List<Function<Funds, Amount>> GETTERS = List.of(Funds::total, Funds::generalBudget, Funds::govFund,
            Funds::specialAccount, Funds::other, Funds::basic, Funds::project);

    private ExpectedComparison() {
    }

    static void compare(String where, JsonNode expected, NormalizedTable actual, AgreementTally tally) {
        String unit = where + " [" + expected.get("unitCode").asText() + "]";
        tally.unit(unit, "unitCode", ReadmeCanonical.squeeze(expected.get("unitCode").asText()), actual.unitCodeValue());
        tally.unit(unit, "unitName", expected.get("unitName").asText(), actual.unitNameValue());
        Funds funds = actual.funds();
        for (int f = 0; f < FUNDS.length; f++) {
            JsonNode e = expected.get("funds").get(FUNDS[f]);
            BigDecimal a = funds == null ? null : Amount.valueOf(GETTERS.get(f).apply(funds));
            tally.unit(unit, "funds." + FUNDS[f], amountKey(e == null || e.isNull() ? null : e.decimalValue(), a), amountKey(a, a));
        }
        String goal = actual.goals().isEmpty() ? "" : Text.valueOf(actual.goals().get(0).text());
        tally.indicator(unit, "goal", ReadmeCanonical.squeeze(expected.get("goal").asText()), ReadmeCanonical.squeeze(goal));
        compareIndicators(unit, expected.get("indicators"), actual.indicators(), tally);
    }

    /** Two amounts agree within 0.005; an agreeing pair maps to the same key. */
    private static String amountKey(BigDecimal expected, BigDecimal actual) {
        if (expected != null && actual != null && expected.subtract(actual).abs().compareTo(new BigDecimal("0.005")) <= 0) {
            return actual.stripTrailingZeros().toPlainString();
        }
        return expected == null ? "null" : expected.stripTrailingZeros().toPlainString();
    }

    private static void compareIndicators(String unit, JsonNode expected, List<Indicator> actual, AgreementTally tally) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            JsonNode e = i < expected.size() ? expected.get(i) : null;
            Indicator a = i < actual.size() ? actual.get(i) : null;
            String where = unit + " #" + (i + 1);
            tally.indicator(where, "level1", text(e, "level1"), a == null ? null : squeeze(a.level1()));
            tally.indicator(where, "level2", text(e, "level2"), a == null ? null : squeeze(a.level2()));
            tally.indicator(where, "name", text(e, "name"), a == null ? null : squeeze(a.name()));
            tally.indicator(where, "explanation", text(e, "explanation"), a == null ? null : squeeze(a.explanation()));
            tally.indicator(where, "scoringRule", text(e, "scoringRule", "scoring"), a == null ? null : squeeze(a.scoringRule()));
            tally.indicator(where, "remark", text(e, "remark"), a == null ? null : squeeze(a.remark()));
            String target = e == null ? null : ReadmeCanonical.of(raw(e, "operator", "op"), raw(e, "value"), raw(e, "unit"));
            tally.indicator(where, "operator+value+unit", target, a == null ? null : a.target().canonical());
        }
    }

    /** The first of the field's names the expected row has, as text ("" for null). */
    static String raw(JsonNode e, String... names) {
        for (String name : names) {
            JsonNode v = e.get(name);
            if (v != null) {
                return v.isNull() ? "" : v.asText();
            }
        }
        return "";
    }

    private static String text(JsonNode e, String... names) {
        return e == null ? null : ReadmeCanonical.squeeze(raw(e, names));
    }

    private static String squeeze(Text t) {
        return ReadmeCanonical.squeeze(Text.valueOf(t));
    }
}
