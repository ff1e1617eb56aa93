package org.perfreview.bench.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.perfreview.bench.parse.RepoFiles;
import org.perfreview.contracts.score.ScoreCard;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One round of the scoring benchmark over the sample tables: cards from the shipped rulebook, every table scored. */
class ScoringBenchmarkTest {

    @Test
    void scoresEverySampleTableWithTheShippedDefaultRulebook() throws IOException {
        ScoringBenchmark bench = new ScoringBenchmark();
        bench.setUp();
        String shipped;
        try (InputStream in = getClass().getResourceAsStream("/rulebooks/default.json")) {
            shipped = new ObjectMapper().readTree(in).get("version").asText();
        }
        Set<String> units = new HashSet<>();
        int withFindings = 0;
        for (int i = 0; i < bench.tables(); i++) {
            ScoreCard card = bench.scoreOneTable();
            assertThat(card.rulebookVersion()).isEqualTo(shipped);
            assertThat(card.total()).isEqualByComparingTo(card.dimensions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            units.add(card.unitCode());
            withFindings += card.findings().isEmpty() ? 0 : 1;
        }
        assertThat(bench.tables()).isEqualTo(RepoFiles.overallTargets().size());
        assertThat(units).hasSize(bench.tables());
        assertThat(withFindings).as("the sample tables are full of real problems").isGreaterThan(bench.tables() / 2);
    }
}
