package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.rulebook.RuleParams;

import java.math.BigDecimal;

/**
 * One indicator row as the checks read it: folded texts, its category, and its value read as a target.
 * Built once per table by {@link RuleContext} so that fifty checks do not re-parse the same cells.
 */
public final class IndicatorView {

    /** Lexicon parameter listing words that mean "nothing filed" (无, 不适用 ...). */
    public static final String PLACEHOLDERS = "placeholders";

    private final Indicator indicator;
    private final String level1;
    private final String level2;
    private final IndicatorCategory category;
    private final String name;
    private final String opText;
    private final String valueText;
    private final String unitText;
    private final Reading reading;

    IndicatorView(Indicator indicator) {
        this.indicator = indicator;
        this.level1 = Texts.compact(Text.valueOf(indicator.level1()));
        this.level2 = Texts.compact(Text.valueOf(indicator.level2()));
        this.category = IndicatorCategory.of(level1, level2);
        this.name = Text.valueOf(indicator.name()).strip();
        this.opText = Texts.compact(Text.valueOf(indicator.operator()));
        this.valueText = Text.valueOf(indicator.value()).strip();
        this.unitText = Texts.compact(Text.valueOf(indicator.unit()));
        this.reading = Reading.read(opText, indicator.target());
    }

    public Indicator indicator() {
        return indicator;
    }

    public String level1() {
        return level1;
    }

    public String level2() {
        return level2;
    }

    public IndicatorCategory category() {
        return category;
    }

    /** 三级指标 as filed, or "" when the cell holds only a stray symbol ("=", "≥") left by a shifted row. */
    public String name() {
        return Texts.symbolOnly(name) ? "" : name;
    }

    public String opText() {
        return opText;
    }

    public String valueText() {
        return valueText;
    }

    public String unitText() {
        return unitText;
    }

    public String explanation() {
        return Text.valueOf(indicator.explanation()).strip();
    }

    public String scoringRule() {
        return Text.valueOf(indicator.scoringRule()).strip();
    }

    public String remark() {
        return Text.valueOf(indicator.remark()).strip();
    }

    public Reading reading() {
        return reading;
    }

    public BigDecimal number() {
        return reading.number();
    }

    /** 指标值类型 says 定性, as filed (the normalizer may have moved an operator written in the value over it). */
    public boolean qualitativeType() {
        return opText.equals("定性") || (indicator.target() != null && "定性".equals(indicator.target().operator()))
                || (indicator.operator() != null && Texts.compact(indicator.operator().raw()).equals("定性"));
    }

    /** The unit a reader would take: the unit cell, else the unit written inside the value. */
    public String effectiveUnit() {
        return unitText.isEmpty() || isPlaceholder(unitText, null) ? reading.valueUnit() : unitText;
    }

    public Position position() {
        for (Text t : new Text[]{indicator.name(), indicator.value(), indicator.level2(), indicator.level1()}) {
            if (t != null && t.at() != null) {
                return t.at();
            }
        }
        return null;
    }

    /** The row has no content of its own: no name, or a name that is a placeholder word. */
    public boolean emptyOrPlaceholder(RuleParams params) {
        return name().isEmpty() || isPlaceholder(name, params);
    }

    /** Blank, symbol-only, or one of the lexicon's placeholder words (无, 不适用 ...). */
    public static boolean isPlaceholder(String text, RuleParams params) {
        if (Texts.symbolOnly(text)) {
            return true;
        }
        String key = Texts.key(text);
        if (params != null && params.has(PLACEHOLDERS)) {
            return params.strings(PLACEHOLDERS).contains(key);
        }
        return key.equals("无") || key.equals("不适用");
    }
}
