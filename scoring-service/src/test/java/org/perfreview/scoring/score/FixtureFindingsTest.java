package org.perfreview.scoring.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores every fixture unit of the 2024 seed batch and compares the rule codes raised with the codes a
 * reviewer raised by reading the tables ({@code fixtures/expected-findings/<seq>.json}, written by hand
 * before the engine was run on them). Precision and recall are over (unit, rule code) pairs.
 */
class FixtureFindingsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, ScoreCard> CARDS = new LinkedHashMap<>();

    @BeforeAll
    static void scoreTheBatch() {
        List<NormalizedTable> tables = FixtureTables.all();
        InMemoryBatchView view = Scoring.seedView(tables);
        Batch batch = Scoring.seedBatch();
        for (int i = 0; i < tables.size(); i++) {
            String seq = FixtureTables.SEQS.get(i);
            CARDS.put(seq, Scoring.ENGINE.score(Scoring.DEFAULT, Scoring.context(tables.get(i), seq + ".xlsx", batch, view)));
        }
    }

    @Test
    void findingsMatchTheReviewersOnTheHandCheckedUnits() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int units = 0;
        StringBuilder report = new StringBuilder();
        for (String seq : FixtureTables.SEQS) {
            JsonNode expected = expected(seq);
            if (expected == null) {
                continue;
            }
            units++;
            Set<String> want = new TreeSet<>();
            expected.get("findings").forEach(f -> want.add(f.get("code").asText()));
            Set<String> got = codes(CARDS.get(seq));
            Set<String> missed = new TreeSet<>(want);
            missed.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(want);
            tp += want.size() - missed.size();
            fn += missed.size();
            fp += extra.size();
            if (System.getProperty("dumpFindings") != null) {
                CARDS.get(seq).findings().stream().filter(f -> extra.contains(f.ruleCode()))
                        .forEach(f -> report.append("      + ").append(f.ruleCode()).append(' ').append(f.location().indicator())
                                .append(" | ").append(f.evidence()).append('\n'));
            }
            report.append(String.format("%-5s total %6s %s  missed %s  extra %s%n", seq, CARDS.get(seq).total(),
                    CARDS.get(seq).grade(), missed, extra));
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.print(report);
        System.out.printf("units %d: tp %d, fp %d, fn %d, precision %.3f, recall %.3f%n", units, tp, fp, fn, precision, recall);
        Map<String, Long> grades = CARDS.values().stream().collect(Collectors.groupingBy(ScoreCard::grade, Collectors.counting()));
        System.out.println("grades over all " + CARDS.size() + " fixture units: " + grades);
        Map<String, Double> means = new LinkedHashMap<>();
        CARDS.values().forEach(c -> c.dimensions().forEach((k, v) -> means.merge(k, v.doubleValue() / CARDS.size(), Double::sum)));
        means.put("total", CARDS.values().stream().mapToDouble(c -> c.total().doubleValue()).average().orElse(0));
        System.out.println("mean points: " + means.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.format("%.2f", e.getValue())).collect(Collectors.joining(", ")));
        assertThat(units).isGreaterThanOrEqualTo(25);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
        assertThat(recall).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void partyOfficeWhoseOnlyQuantityIndicatorIsCleaningIsCaught() {
        assertThat(finding(CARDS.get("1.1"), "IND-10").evidence()).contains("清扫");
    }

    @Test
    void socialScienceFederationsGdpHundredYiIsCaught() {
        Finding f = finding(CARDS.get("1.4"), "VAL-13");
        assertThat(f.location().indicator()).isEqualTo("课题研究对GDP拉动");
        assertThat(f.evidence()).contains("100");
    }

    @Test
    void policyOfficeCostCeilingAboveItsBudgetIsCaught() {
        Finding f = finding(CARDS.get("1.2"), "VAL-11");
        assertThat(f.evidence()).contains("279.03").contains("254.78");
        assertThat(f.location().file()).isEqualTo("1.2.xlsx");
        assertThat(f.location().row()).isNotNull();
    }

    @Test
    void propagandaDepartmentsAmpersandUnitIsCaught() {
        Finding f = finding(CARDS.get("1.16"), "VAL-04");
        assertThat(f.evidence()).contains("&");
        assertThat(f.location().indicator()).isEqualTo("群众满意度");
        assertThat(f.location().column()).isEqualTo("F");
    }

    @Test
    void unitedFrontDepartmentsZeroUnitIsCaught() {
        Finding f = finding(CARDS.get("1.6"), "VAL-04");
        assertThat(f.evidence()).contains("0");
        assertThat(f.location().indicator()).isEqualTo("提升统一战线各方面人士满意度");
    }

    @Test
    void crossTableRulesAreDeferredWhileProjectTablesHaveNotArrived() {
        ScoreCard card = CARDS.get("1.1");
        assertThat(card.deferredRules()).contains("FUND-01", "FILE-02", "GOAL-07", "BASIC-07");
        assertThat(card.outcomes()).filteredOn(o -> o.status() == RuleStatus.DEFERRED).allMatch(o -> o.reason() != null);
    }

    @Test
    void everyCardAddsUpAndNoTemplateBraceLeaks() {
        for (ScoreCard card : CARDS.values()) {
            assertThat(card.dimensions().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo(card.total());
            assertThat(card.findings()).allSatisfy(f -> {
                assertThat(f.fix()).doesNotContain("{");
                assertThat(f.evidence()).doesNotContain("{");
            });
        }
    }

    private static Set<String> codes(ScoreCard card) {
        return card.findings().stream().filter(f -> f.severity() != org.perfreview.contracts.score.Severity.INFO
                || f.ruleCode().equals("IND-09")).map(Finding::ruleCode).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Finding finding(ScoreCard card, String code) {
        return card.findings().stream().filter(f -> f.ruleCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(card.unitName() + " has no " + code + "; codes: " + codes(card)));
    }

    private static JsonNode expected(String seq) throws IOException {
        try (InputStream in = FixtureFindingsTest.class.getResourceAsStream("/fixtures/expected-findings/" + seq + ".json")) {
            return in == null ? null : MAPPER.readTree(in);
        }
    }
}
