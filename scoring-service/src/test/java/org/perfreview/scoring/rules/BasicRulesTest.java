package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.ReferenceLists;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.Scoring;
import org.perfreview.scoring.support.TableBuilder;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BasicRulesTest {

    private static RuleContext inBatch(NormalizedTable t, Batch batch) {
        return new RuleContext(t, null, batch, null, Instant.parse("2023-11-03T00:00:00Z"));
    }

    private static Batch staffingBatch(List<StaffingEntry> list) {
        return new Batch(Scoring.BATCH_ID, 2021, "岳阳市本级", "二上", Scoring.DEADLINE, "2024.1", null, list);
    }

    @Test
    void unitCodeMustBeSixDigits() {
        assertThat(Rules.run("BASIC-01", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.failed("BASIC-01", TableBuilder.overall("20100", "某单位").build()).get(0).evidence()).isEqualTo("20100");
        assertThat(Rules.failed("BASIC-01", TableBuilder.overall("", "某单位").build())).hasSize(1);
    }

    @Test
    void unitNameMustBeFiled() {
        assertThat(Rules.run("BASIC-02", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.failed("BASIC-02", TableBuilder.overall("201001", " ").build())).hasSize(1);
    }

    @Test
    void totalMustEqualIncomeSources() {
        // 君山分局: 2646.85 general budget + 518.11 government fund = 3164.96
        assertThat(Rules.run("BASIC-03", FixtureTables.table("14.3")).status()).isEqualTo(RuleStatus.PASSED);
        NormalizedTable bad = TableBuilder.overall("201001", "某单位").funds(100.0, 90.0, null, null, 5.0, 100.0, null).build();
        assertThat(Rules.failed("BASIC-03", bad).get(0).vars()).containsEntry("sum", "95.00").containsEntry("diff", "5.00");
    }

    @Test
    void totalMustEqualBasicPlusProject() {
        assertThat(Rules.run("BASIC-04", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        // 君山分局 left 基本支出 and 项目支出 blank
        assertThat(Rules.failed("BASIC-04", FixtureTables.table("14.3")).get(0).evidence()).contains("均未填");
        NormalizedTable bad = TableBuilder.overall("201001", "某单位").funds(3394.31, 2749.31, 600.0).build();
        assertThat(Rules.failed("BASIC-04", bad).get(0).vars()).containsEntry("diff", "45.00");
    }

    @Test
    void totalMustBeFiled() {
        assertThat(Rules.run("BASIC-05", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.PASSED);
        assertThat(Rules.failed("BASIC-05", TableBuilder.overall("201001", "某单位").build())).hasSize(1);
    }

    @Test
    void totalMustMatchTheControlList() {
        Batch batch = Scoring.seedBatch();
        // 农业农村局本级 filed 2602.01 against 2,602.61 on the list
        RuleResult agri = Rules.run("BASIC-06", inBatch(FixtureTables.table("19"), batch));
        assertThat(agri.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(agri.violations().get(0).vars()).containsEntry("control", "2602.61").containsEntry("diff", "-0.60");
        // names differ from the list (中共岳阳市机构编制… vs 中共岳阳市委机构编制…, 本级, 中共 prefix) and still match
        for (String seq : List.of("1.1", "1.9", "1.13", "3", "22")) {
            assertThat(Rules.run("BASIC-06", inBatch(FixtureTables.table(seq), batch)).status()).as(seq).isEqualTo(RuleStatus.PASSED);
        }
    }

    @Test
    void controlAmountIsDeferredWithoutAListOrAMatch() {
        assertThat(Rules.run("BASIC-06", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.DEFERRED);
        // the finance bureau's table says 岳阳市本级; the list says 岳阳市财政局: a person must look
        assertThat(Rules.run("BASIC-06", inBatch(FixtureTables.table("17"), Scoring.seedBatch())).status())
                .isEqualTo(RuleStatus.DEFERRED);
    }

    @Test
    void staffingListOf2021HasExactlyFortyUnitsOverQuota() {
        List<StaffingEntry> list = ReferenceLists.staffing2021();
        Batch batch = staffingBatch(list);
        long over = list.stream()
                .map(e -> Rules.run("BASIC-07", inBatch(TableBuilder.overall("", e.unitName()).build(), batch)))
                .filter(r -> r.status() == RuleStatus.FAILED).count();
        assertThat(list).hasSize(188);
        assertThat(over).isEqualTo(40);
        // 人大常委会: 104 authorised, 187 actual
        RuleResult npc = Rules.run("BASIC-07", inBatch(TableBuilder.overall("232001", "岳阳市人民代表大会常务委员会本级").build(), batch));
        assertThat(npc.violations().get(0).vars()).containsEntry("over", "83");
    }

    @Test
    void staffingIsDeferredWithoutAListAndReadFromBaseData() {
        assertThat(Rules.run("BASIC-07", FixtureTables.table("1.1")).status()).isEqualTo(RuleStatus.DEFERRED);
        TableBuilder seed = TableBuilder.of(TableKind.BASE_DATA).name("中共岳阳市委办公室");
        assertThat(Rules.run("BASIC-07", seed.baseData(127.0, 118.0, "92.91%", List.of()).build()).status())
                .isEqualTo(RuleStatus.PASSED);
        TableBuilder over = TableBuilder.of(TableKind.BASE_DATA).name("某单位");
        assertThat(Rules.failed("BASIC-07", over.baseData(100.0, 118.0, "118.00%", List.of()).build())).hasSize(1);
    }
}
