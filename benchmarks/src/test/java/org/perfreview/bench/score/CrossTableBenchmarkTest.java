package org.perfreview.bench.score;

import org.junit.jupiter.api.Test;
import org.perfreview.bench.parse.SyntheticUnits;
import org.perfreview.contracts.table.TableKind;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-table pass on a small synthetic batch: every cross-table rule has work and finds what was planted. */
class CrossTableBenchmarkTest {

    private static Map<String, Integer> findingsByRule(CrossTableBenchmark bench) {
        Map<String, Integer> byRule = new TreeMap<>();
        bench.pass(bench.crossTable(), card -> card.findings().forEach(f -> byRule.merge(f.ruleCode(), 1, Integer::sum)));
        return byRule;
    }

    private static CrossTableBenchmark bench(String lists) {
        CrossTableBenchmark bench = new CrossTableBenchmark();
        bench.units = 400;
        bench.lists = lists;
        bench.setUp();
        return bench;
    }

    @Test
    void thePassFindsThePlantedCrossTableProblems() {
        CrossTableBenchmark bench = bench("codes");
        Map<String, Integer> byRule = findingsByRule(bench);
        assertThat(byRule).containsKeys("BASIC-06", "BASIC-07", "GOAL-05", "GOAL-07", "FUND-01");
        assertThat(byRule.keySet()).allMatch(code -> bench.crossTable().rules().stream().anyMatch(r -> r.code().equals(code)));
        // every 5th unit is over its staff quota on the list: each of them is found
        Set<String> overQuota = new HashSet<>();
        bench.pass(bench.crossTable(), card -> card.findings().stream().filter(f -> f.ruleCode().equals("BASIC-07"))
                .forEach(f -> overQuota.add(card.unitCode())));
        assertThat(overQuota).containsAll(IntStream.range(0, 400).filter(i -> i % 5 == 0)
                .mapToObj(SyntheticUnits::code).toList());
        assertThat(bench.pass(bench.full())).isGreaterThan(bench.pass(bench.crossTable()));
        String unit = bench.batch().projectTables().get(0).unitCodeValue();
        assertThat(bench.view().unitTables(unit, TableKind.PROJECT_TARGET)).hasSize(2);
        assertThat(bench.indexBatch().unitTables(unit, TableKind.PROJECT_TARGET)).hasSize(2);
    }

    @Test
    void listsKeyedByNameFindWhatListsKeyedByCodeFind() {
        assertThat(findingsByRule(bench("names"))).isEqualTo(findingsByRule(bench("codes")));
    }
}
