package org.perfreview.intake.parse;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;

import org.perfreview.intake.parse.layout.Lexicon;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit fields found by meaning, wherever they are (a column, "label：value" in one cell, a vertical label/amount
 * block), header synonyms, and money read into 万元 under the unit the table declares.
 */
class LayoutByMeaningTest {

    @Test
    void readsLabelledCellsAndAVerticalFundsBlockInYuan() throws Exception {
        NormalizedTable t = only("""
                部门整体支出绩效目标表
                金额单位：元
                单位编码：408001,,填报单位（盖章）：岳阳市计划生育协会本级
                资金总额,"2,206,100.00"
                其中：一般公共预算拨款,2206100
                政府性基金,
                基本支出,1706100
                项目支出,500000
                年度绩效目标,完成计生特殊家庭走访慰问50户
                一级指标,二级指标,指标内容,指标性质,目标值,度量单位,指标说明,评分规则
                产出指标,数量指标,走访慰问,≥,50,户,走访户数,未达到酌情扣分
                ,,生殖健康咨询,定性,按时完成,,咨询活动,未完成不得分
                """);
        assertThat(t.unitCodeValue()).isEqualTo("408001");
        assertThat(t.unitCode().at()).isEqualTo(new Position("CSV", 3, 1));
        assertThat(t.unitNameValue()).isEqualTo("岳阳市计划生育协会本级");
        assertThat(t.unitName().at()).isEqualTo(new Position("CSV", 3, 3));
        assertAmount(t.funds().total(), "220.61", "元", new Position("CSV", 4, 2));
        assertAmount(t.funds().generalBudget(), "220.61", "元", new Position("CSV", 5, 2));
        assertThat(t.funds().govFund()).isNull();
        assertAmount(t.funds().basic(), "170.61", "元", new Position("CSV", 7, 2));
        assertAmount(t.funds().project(), "50", "元", new Position("CSV", 8, 2));
        assertThat(Text.valueOf(t.goals().get(0).text())).isEqualTo("完成计生特殊家庭走访慰问50户");
        assertThat(t.indicators()).hasSize(2);
        Indicator first = t.indicators().get(0);
        assertThat(List.of(Text.valueOf(first.level1()), Text.valueOf(first.level2()), Text.valueOf(first.name()),
                Text.valueOf(first.operator()), Text.valueOf(first.value()), Text.valueOf(first.unit()),
                Text.valueOf(first.explanation()), Text.valueOf(first.scoringRule())))
                .containsExactly("产出指标", "数量指标", "走访慰问", "≥", "50", "户", "走访户数", "未达到酌情扣分");
        assertThat(Text.valueOf(t.indicators().get(1).level2())).isEqualTo("数量指标");
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void aColumnHeaderDeclaresItsOwnUnit() throws Exception {
        NormalizedTable t = only("""
                单位编码,单位名称,资金总额（元）,基本支出（元）,项目支出（万元）,一级指标,二级指标,三级指标,指标值
                408001,某协会,"1,000,000",800000,20,产出指标,数量指标,走访,≥50户
                """);
        assertAmount(t.funds().total(), "100", "元", new Position("CSV", 2, 3));
        assertAmount(t.funds().basic(), "80", "元", new Position("CSV", 2, 4));
        assertAmount(t.funds().project(), "20", "万元", new Position("CSV", 2, 5));
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void theUnitIsReadFromATitleALabelledRowOrAHeaderCell() throws Exception {
        NormalizedTable title = only("""
                部门整体支出绩效目标表（单位：元）
                单位编码,单位名称,资金总额,一级指标,三级指标,指标值
                408001,某协会,50000,产出指标,走访,50
                """);
        assertThat(Text.valueOf(title.heading())).isEqualTo("部门整体支出绩效目标表（单位：元）");
        assertAmount(title.funds().total(), "5", "元", new Position("CSV", 3, 3));
        NormalizedTable labelled = only("""
                单位编码：408001,单位名称：某协会,金额单位：亿元
                资金总额,0.5
                一级指标,三级指标,指标值
                产出指标,走访,50
                """);
        assertAmount(labelled.funds().total(), "5000", "亿元", new Position("CSV", 2, 2));
        NormalizedTable header = only("""
                单位编码,单位名称,资金总额,一级指标,三级指标,指标值,金额单位：元
                408001,某协会,50000,产出指标,走访,50
                """);
        assertAmount(header.funds().total(), "5", "元", new Position("CSV", 2, 3));
    }

    @Test
    void aUnitWrittenAfterTheNumberWins() throws Exception {
        NormalizedTable t = only("""
                金额单位：万元
                单位编码,单位名称,资金总额,一级指标,三级指标,指标值
                408001,某协会,"12,300元",产出指标,走访,50
                """);
        assertAmount(t.funds().total(), "1.23", "元", new Position("CSV", 3, 3));
    }

    @Test
    void conflictingUnitsGiveNoNumberButAPositionedProblem() throws Exception {
        NormalizedTable t = only("""
                金额单位：万元
                单位编码,单位名称,资金总额（元）,一级指标,三级指标,指标值
                408001,某协会,1000000,产出指标,走访,50
                """);
        assertThat(t.funds().total().value()).isNull();
        assertThat(t.funds().total().raw()).isEqualTo("1000000");
        ParseNote problem = t.notes().stream().filter(n -> n.message().contains("金额单位无法确定")).findFirst().orElseThrow();
        assertThat(problem.at()).isEqualTo(new Position("CSV", 3, 3));
        assertThat(problem.level()).isEqualTo(ParseNote.Level.ERROR);
        assertThat(problem.message()).contains("金额单位：万元").contains("资金总额（元）");
        assertThat(t.notes()).noneMatch(n -> n.message().contains("金额无法识别为数字"));
    }

    @Test
    void anUnknownUnitWordIsNotGuessed() throws Exception {
        NormalizedTable t = only("""
                金额单位：美元
                单位编码,单位名称,资金总额,一级指标,三级指标,指标值
                408001,某协会,1000,产出指标,走访,50
                """);
        assertThat(t.funds().total().value()).isNull();
        assertThat(t.notes()).anyMatch(n -> n.message().contains("金额单位无法确定") && n.at().equals(new Position("CSV", 3, 3)));
    }

    @Test
    void noDeclaredUnitReadsTheTemplatesWanYuanAndSaysNothingWasStated() throws Exception {
        NormalizedTable t = only("""
                单位编码,单位名称,资金总额,一级指标,三级指标,指标值
                408001,某协会,1000,产出指标,走访,50
                """);
        assertThat(t.funds().total().value()).isEqualByComparingTo("1000");
        assertThat(t.funds().total().unit()).isNull();
    }

    @Test
    void aRequiredFieldFoundOnlyByAWeakWordIsNoted() throws Exception {
        NormalizedTable t = only("""
                编号,单位名称,合计,一级指标,三级指标,指标值
                408001,某协会,1000,产出指标,走访,50
                """);
        assertThat(t.unitCodeValue()).isEqualTo("408001");
        assertThat(t.funds().total().value()).isEqualByComparingTo("1000");
        assertThat(t.notes()).filteredOn(n -> n.message().startsWith("低置信度"))
                .extracting(ParseNote::found).containsExactly("编号", "合计");
    }

    @Test
    void severalUnitsEachUnderItsOwnLabelledFields() throws Exception {
        List<ParsedTable> tables = read("""
                单位编码：408001,单位名称：甲协会
                一级指标,二级指标,三级指标,指标值
                产出指标,数量指标,走访,50户
                单位编码：408002,单位名称：乙协会
                一级指标,二级指标,三级指标,指标值
                产出指标,数量指标,培训,3次
                """);
        assertThat(tables).extracting(p -> p.table().unitCodeValue()).containsExactly("408001", "408002");
        assertThat(tables).extracting(p -> p.table().unitNameValue()).containsExactly("甲协会", "乙协会");
        assertThat(tables).allSatisfy(p -> assertThat(p.table().indicators()).hasSize(1));
    }

    @Test
    void theFilingUnitInTheSignatureLinesNamesATableWithoutOne() throws Exception {
        NormalizedTable t = only("""
                单位编码：408001
                一级指标,二级指标,三级指标,指标值
                产出指标,数量指标,走访,50户
                ,,培训,3次
                填报单位（盖章）：岳阳市计划生育协会本级,填表人：张三,联系电话：0730-1234567
                """);
        assertThat(t.unitCodeValue()).isEqualTo("408001");
        assertThat(t.unitNameValue()).isEqualTo("岳阳市计划生育协会本级");
        assertThat(t.unitName().at()).isEqualTo(new Position("CSV", 5, 1));
        assertThat(t.indicators()).hasSize(2);
    }

    @Test
    void aProfileAddsWordsAndSkipsSheets() throws Exception {
        byte[] csv = """
                机构识别码,单位名称,资金总额,一级指标,二级指标,考核内容,指标值
                408001,某协会,10,产出指标,数量指标,走访,50户
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.read(csv, ReaderLimits.defaults()).get(0).table().unitCodeValue()).isEmpty();
        Lexicon profiled = Lexicon.builtin().with(new Lexicon.Document("p1", null,
                List.of(new Lexicon.Rule("UNIT_CODE", List.of("机构识别码"), null, null, false),
                        new Lexicon.Rule("NAME", List.of("考核内容"), null, null, false)), null, null, null));
        List<ParsedTable> read = new ArrayList<>();
        new TableReader(ReaderLimits.defaults(), profiled).read(new ByteArrayInputStream(csv), "p.csv", read::add);
        assertThat(read.get(0).table().unitCodeValue()).isEqualTo("408001");
        assertThat(Text.valueOf(read.get(0).table().indicators().get(0).name())).isEqualTo("走访");

        Lexicon skipping = profiled.with(new Lexicon.Document("p2", null, null, null, List.of("CSV"), null));
        assertThatThrownBy(() -> new TableReader(ReaderLimits.defaults(), skipping)
                .read(new ByteArrayInputStream(csv), "p.csv", t -> { }))
                .isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> Lexicon.builtin().with(new Lexicon.Document("p3", null,
                List.of(new Lexicon.Rule("NOT_A_ROLE", List.of("x"), null, null, false)), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertAmount(Amount a, String wan, String unit, Position at) {
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal(wan));
        assertThat(a.unit()).isEqualTo(unit);
        assertThat(a.at()).isEqualTo(at);
    }

    private static NormalizedTable only(String csv) throws Exception {
        List<ParsedTable> tables = read(csv);
        assertThat(tables).hasSize(1);
        return tables.get(0).table();
    }

    private static List<ParsedTable> read(String csv) throws Exception {
        return Fixtures.read(csv.getBytes(StandardCharsets.UTF_8), ReaderLimits.defaults());
    }
}
