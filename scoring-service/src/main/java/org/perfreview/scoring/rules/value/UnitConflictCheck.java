package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.IndicatorCategory;
import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.RowCheck;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.util.List;
import java.util.Set;

/**
 * The value carries its own unit and the 计量单位 cell another one ("95%" with unit 次, "2995.66万元" with 元).
 * Timeliness rows are skipped: "2024年度内" next to 年 is a date, not a unit clash. Spellings of one unit
 * ({@code unitSynonyms}: groups such as "平方米|㎡|m²|m2") and a measure word before it (3个区 / 区) are no clash.
 */
public final class UnitConflictCheck extends RowCheck {


    @Override
    public String name() {
        return "value.unitConflict";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("unitSynonyms", IndicatorView.PLACEHOLDERS);
    }

    @Override
    protected Violation inspect(IndicatorView row, RuleContext ctx, RuleParams p) {
        String inValue = row.reading().valueUnit();
        String cell = row.unitText();
        if (row.number() == null || row.category() == IndicatorCategory.TIMELINESS || inValue.isEmpty() || cell.isEmpty() || IndicatorView.isPlaceholder(cell, p)
                || cell.chars().anyMatch(Character::isDigit)) {
            // a unit cell of junk ("0", "&") is BadUnitCheck's finding, not a second one here
            return null;
        }
        return canonical(inValue, p).equals(canonical(cell, p)) ? null
                : Violation.on(row, row.indicator().unit(), row.valueText() + " / " + cell)
                .with("valueUnit", inValue).with("unit", cell);
    }

    private static String canonical(String unit, RuleParams p) {
        String u = unit.length() > 1 && unit.startsWith("个") ? unit.substring(1) : unit;
        for (String group : p.strings("unitSynonyms")) {
            List<String> spellings = List.of(group.split("\\|"));
            if (spellings.contains(u)) {
                return spellings.get(0);
            }
        }
        return u;
    }
}
