package org.perfreview.intake.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.TargetFlag;
import org.perfreview.contracts.table.Text;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The quirks of docs/domain.md §2.7 and the fixtures: every reading keeps the cells' raw text intact. */
class TargetParserTest {

    private static final Position TYPE = new Position("S", 6, 14);
    private static final Position VALUE = new Position("S", 6, 15);
    private static final Position UNIT = new Position("S", 6, 16);

    private static TargetReading read(String type, String value, String unit) {
        return TargetParser.read(new RawCell(type, TYPE), new RawCell(value, VALUE), new RawCell(unit, UNIT));
    }

    @Test
    void operatorFoldedIntoTheValueMovesToTheOperator() {
        TargetReading r = read("", "≥95%", "");
        assertThat(r.operator().value()).isEqualTo("≥");
        assertThat(r.value().value()).isEqualTo("95");
        assertThat(r.unit().value()).isEqualTo("%");
        assertThat(r.value().raw()).isEqualTo("≥95%");
        assertThat(r.operator().raw()).isEmpty();
        assertThat(r.unit().raw()).isEmpty();
        assertThat(r.value().at()).isEqualTo(VALUE);
        assertNumeric(r.target(), "≥", "95", "%", true);
        assertThat(r.target().canonical()).isEqualTo("≥95%");
    }

    @Test
    void operatorWrittenInWords() {
        TargetReading r = read("", "大于等于95%", "");
        assertThat(r.operator().value()).isEqualTo("≥");
        assertThat(r.value().raw()).isEqualTo("大于等于95%");
        assertNumeric(r.target(), "≥", "95", "%", true);
        assertThat(r.target().canonical()).isEqualTo("≥95%");

        TargetReading ceiling = read("", "小于等于18.9万元", "");
        assertThat(ceiling.operator().value()).isEqualTo("≤");
        assertThat(ceiling.value().value()).isEqualTo("18.9");
        assertThat(ceiling.unit().value()).isEqualTo("万元");
        assertThat(ceiling.value().raw()).isEqualTo("小于等于18.9万元");
        assertNumeric(ceiling.target(), "≤", "18.9", "万元", false);
        assertThat(ceiling.target().canonical()).isEqualTo("≤18.9万元");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥|95|%", "|≥95%|", "大于等于|95%|", "|大于等于95%|", "≥|95|％", "|＞＝95%|", "|>=95%|", "| ≥ 95 % |"})
    void sameTargetSameCanonicalForm(String type, String value, String unit) {
        TargetReading r = read(nz(type), nz(value), nz(unit));
        assertThat(r.target().canonical()).isEqualTo("≥95%");
        assertNumeric(r.target(), "≥", "95", "%", true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "|不低于90%||≥|90|%",
            "|不少于3次||≥|3|次",
            "|不超过5万元||≤|5|万元",
            "|控制在0.06%以下||≤|0.06|%",
            "|95%以上||≥|95|%",
            "|不高于2%||≤|2|%",
            "≤|4055.01|万元|≤|4055.01|万元",
            "定性|10|次|-|10|次",
            "|2995.66万元|元|-|2995.66|万元",
            "≥|98|百分比|≥|98|%"})
    void operatorsInWordsAndSuffixes(String type, String value, String unit, String op, String number, String targetUnit) {
        Target t = read(nz(type), value, nz(unit)).target();
        assertThat(t.flag()).isEqualTo(TargetFlag.NUMERIC);
        assertThat(t.operator()).isEqualTo(op);
        assertThat(t.number()).isEqualByComparingTo(number);
        assertThat(t.unit()).isEqualTo(targetUnit);
    }

    @Test
    void rangesReadBothBounds() {
        Target t = read("", "50%-70%", "").target();
        assertThat(t.flag()).isEqualTo(TargetFlag.NUMERIC);
        assertThat(t.operator()).isEqualTo("range");
        assertThat(t.number()).isEqualByComparingTo("50");
        assertThat(t.upper()).isEqualByComparingTo("70");
        assertThat(t.percent()).isTrue();
        assertThat(read("", "10～20", "人").target().upper()).isEqualByComparingTo("20");
    }

    @Test
    void comparisonAtTheEndOfAPhrase() {
        TargetReading r = read("", "群众满意度≥90%", "");
        assertNumeric(r.target(), "≥", "90", "%", true);
        assertThat(r.value().value()).isEqualTo("群众满意度≥90%");
        assertThat(r.operator().value()).isEmpty();
        assertNumeric(read("", "满意率大于等于99%", "").target(), "≥", "99", "%", true);
    }

    @Test
    void datesAndRelativeDeadlines() {
        Target date = read("定性", "2024年12月31日", "日").target();
        assertThat(date.flag()).isEqualTo(TargetFlag.DATE);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read("定性", "24/12/31", "年/月/日").target().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read("", "2024.12", "").target().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        Target before = read("定性", "2026年12月31日前", "").target();
        assertThat(before.operator()).isEqualTo("≤");
        for (String relative : new String[]{"年底前", "全年", "年底前组织完成"}) {
            Target t = read("定性", relative, "").target();
            assertThat(t.flag()).as(relative).isEqualTo(TargetFlag.DATE);
            assertThat(t.date()).as(relative).isNull();
        }
    }

    @Test
    void qualitativePlaceholderClassifiedMissing() {
        Target q = read("定性", "进一步提升", "无").target();
        assertThat(q.flag()).isEqualTo(TargetFlag.QUALITATIVE);
        assertThat(q.operator()).isEqualTo("定性");
        for (String p : new String[]{"无", "不适用", "/", "—", "——"}) {
            assertThat(read("定性", p, "无").target().flag()).as(p).isEqualTo(TargetFlag.PLACEHOLDER);
        }
        TargetReading secret = read("", "涉密", "");
        assertThat(secret.target().flag()).isEqualTo(TargetFlag.CLASSIFIED);
        assertThat(secret.value().raw()).isEqualTo("涉密");
        assertThat(secret.value().value()).isEqualTo("涉密");
        assertThat(read("", "组织涉密人员开展保密业务培训，全年不少于4次", "").target().flag())
                .isNotEqualTo(TargetFlag.CLASSIFIED);
        assertThat(read("", "", "").target().flag()).isEqualTo(TargetFlag.MISSING);
        assertThat(read("≥", "", "%").target().flag()).isEqualTo(TargetFlag.MISSING);
    }

    @Test
    void oddUnitsStayAsFiled() {
        TargetReading amp = read("≥", "90", "&");
        assertThat(amp.unit().value()).isEqualTo("&");
        assertThat(amp.unit().raw()).isEqualTo("&");
        assertNumeric(amp.target(), "≥", "90", "&", false);
        assertThat(amp.target().canonical()).isEqualTo("≥90&");

        TargetReading zero = read("定性", "≥99%", "0");
        assertThat(zero.unit().value()).isEqualTo("0");
        assertThat(zero.value().raw()).isEqualTo("≥99%");
        assertThat(zero.operator().value()).isEqualTo("定性");
        assertThat(zero.target().operator()).isEqualTo("≥");
        assertThat(zero.target().canonical()).isEqualTo("定性≥99%0");
    }

    @Test
    void cellsFiledOneColumnToTheRightAreReadShifted() {
        TargetReading r = read("", "≥", "96");
        assertThat(r.value().value()).isEqualTo("≥");
        assertThat(r.unit().value()).isEqualTo("96");
        assertNumeric(r.target(), "≥", "96", null, false);
        assertThat(read("", "定量", "≥95%").target().number()).isEqualByComparingTo("95");
        assertThat(read("", "定性", "正常运转").target().flag()).isEqualTo(TargetFlag.QUALITATIVE);
    }

    @Test
    void whitespaceAndLineBreaksAreFoldedInValueOnly() {
        TargetReading r = read(" 定性 ", "进一步\n提升\u3000", " 无");
        assertThat(r.value().value()).isEqualTo("进一步提升");
        assertThat(r.value().raw()).isEqualTo("进一步\n提升\u3000");
        assertThat(r.operator().raw()).isEqualTo(" 定性 ");
        assertThat(r.unit().value()).isEqualTo("无");
    }

    @Test
    void absentColumnsGiveNoText() {
        TargetReading r = TargetParser.read(RawCell.ABSENT, new RawCell("达到99%", VALUE), RawCell.ABSENT);
        assertThat(r.operator()).isNull();
        assertThat(r.unit()).isNull();
        assertThat(r.target().number()).isEqualByComparingTo("99");
        assertThat(r.target().canonical()).isEqualTo("达到99%");
    }

    private static void assertNumeric(Target t, String op, String number, String unit, boolean percent) {
        assertThat(t.flag()).isEqualTo(TargetFlag.NUMERIC);
        assertThat(t.operator()).isEqualTo(op);
        assertThat(t.number()).isEqualByComparingTo(number);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.percent()).isEqualTo(percent);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Test
    void splitPiecesKeepTheCanonicalForm() {
        String[][] cases = {{"", "≥95%", ""}, {"", "大于等于95%", ""}, {"", "小于等于18.9万元", ""}, {"≥", "95", "%"},
                {"", "95%以上", ""}, {"", "》=95%", ""}, {"定性", "≥99%", "0"}, {"", "8万元", ""}};
        for (String[] c : cases) {
            TargetReading r = read(c[0], c[1], c[2]);
            String split = CanonicalTarget.of(Text.valueOf(r.operator()), Text.valueOf(r.value()), Text.valueOf(r.unit()));
            assertThat(split).as(String.join("|", c)).isEqualTo(r.target().canonical());
        }
    }
}
