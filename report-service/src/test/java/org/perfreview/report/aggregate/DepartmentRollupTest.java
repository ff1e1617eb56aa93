package org.perfreview.report.aggregate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.CityReport.AmountCheck;
import org.perfreview.contracts.report.CityReport.DepartmentRollup;
import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Control-list numbering, 系统 rows, name-only rows and unlisted units, on a list small enough to check by hand. */
class DepartmentRollupTest {
    final UUID batchId = UUID.randomUUID();
    CityReport report;

    @BeforeEach
    void build() {
        Batch batch = new Batch(batchId, 2024, "岳阳市本级", "二上", LocalDate.of(2024, 11, 5), "rb-1", List.of(
                new ControlEntry("1", null, "市委办系统", new BigDecimal("300.00"), true),
                new ControlEntry("1-1", "201001", "市委办公室", new BigDecimal("100.00"), false),
                new ControlEntry("1-2", null, "政策研究室", new BigDecimal("200.00"), false),
                new ControlEntry("2", "248001", "公安局", new BigDecimal("500.00"), false),
                new ControlEntry("2-1", "248004", "公安局君山分局", new BigDecimal("50.00"), false),
                new ControlEntry("3", "249001", "档案馆", new BigDecimal("30.00"), false)), List.of());
        BatchAggregate aggregate = BatchAggregateTest.aggregate(batchId);
        List.of(overall("201001", "市委办公室本级", 95, "100"),
                overall("202001", "政策研究室本级", 70, "210"),
                overall("202555", "研究中心", 88, "1"),
                overall("248001", "公安局", 80, "500"),
                Cards.simple(batchId, "248001", "公安局", TableKind.PROJECT_TARGET, 1, 55, List.of()),
                overall("248004", "公安局君山分局", 65, null),
                overall("248777", "公安局新分局", 50, "20"),
                overall("990001", "外地单位", 78, "5")).forEach(aggregate::apply);
        report = aggregate.snapshot(batch, 1, null);
    }

    ScoreCard overall(String code, String name, int total, String funds) {
        return Cards.card(batchId, code, name, TableKind.OVERALL_TARGET, null, 1, 1,
                funds == null ? null : new BigDecimal(funds), Cards.spread(total), List.of(), List.of());
    }

    @Test
    void departmentsFollowTheListThenUnlistedUnits() {
        assertThat(report.departments()).extracting(DepartmentRollup::seq, DepartmentRollup::code, DepartmentRollup::name)
                .containsExactly(tuple("1", "201", "市委办系统"), tuple("2", "248", "公安局"),
                        tuple("3", "249", "档案馆"), tuple(null, null, "未列入控制数"));
        DepartmentRollup system = report.departments().get(0);
        assertThat(system.units()).extracting(UnitRow::unitCode).containsExactly("201001", "202001", "202555");
        assertThat(system.amount()).isEqualByComparingTo("311");
        assertThat(system.averageScore()).isEqualByComparingTo("84.33");
        assertThat(system.worstGrade()).isEqualTo("合格");

        DepartmentRollup police = report.departments().get(1);
        assertThat(police.units()).extracting(UnitRow::unitCode).containsExactly("248001", "248004", "248777");
        assertThat(police.amount()).isEqualByComparingTo("520");
        assertThat(police.averageScore()).isEqualByComparingTo("65.00");
        assertThat(police.worstGrade()).isEqualTo("不合格");

        DepartmentRollup archive = report.departments().get(2);
        assertThat(archive.units()).isEmpty();
        assertThat(archive.averageScore()).isNull();
        assertThat(report.departments().get(3).units()).extracting(UnitRow::unitCode).containsExactly("990001");
    }

    @Test
    void notFiledAmountChecksAndScope() {
        assertThat(report.notFiled()).extracting(CityReport.NotFiled::seq).containsExactly("3");
        assertThat(report.amountChecks()).extracting(AmountCheck::unitCode, AmountCheck::difference).containsExactly(
                tuple("202001", new BigDecimal("10.00")), tuple("248004", null), tuple("202555", null),
                tuple("248777", null), tuple("990001", null));
        assertThat(report.scope().unitsExpected()).isEqualTo(5);
        assertThat(report.scope().unitsFiled()).isEqualTo(7);
        assertThat(report.scope().controlAmount()).isEqualByComparingTo("880");
        assertThat(report.scope().filedAmount()).isEqualByComparingTo("836");
        assertThat(report.scope().difference()).isEqualByComparingTo("-44");
        assertThat(report.scope().tablesByKind()).containsEntry("OVERALL_TARGET", 7).containsEntry("PROJECT_TARGET", 1);
    }

    @Test
    void scoreSheetAndFailingList() {
        assertThat(report.scoreSheet()).extracting(UnitRow::unitCode)
                .containsExactly("201001", "202555", "248001", "990001", "202001", "248004", "248777");
        assertThat(report.scoreSheet()).filteredOn(r -> r.unitCode().equals("202001"))
                .extracting(UnitRow::seq).containsExactly("1-2");
        assertThat(report.failingUnits()).extracting(UnitRow::unitCode, UnitRow::tableKind)
                .containsExactly(tuple("248777", "OVERALL_TARGET"), tuple("248001", "PROJECT_TARGET"));
    }
}
