package org.perfreview.scoring.rules.value;

import org.perfreview.scoring.rules.IndicatorView;
import org.perfreview.scoring.rules.Money;

import java.math.BigDecimal;

/** An indicator's target as money in 万元 (the unit written in the value wins over the unit cell). */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal inWan(IndicatorView row) {
        String unit = row.reading().valueUnit().isEmpty() ? row.unitText() : row.reading().valueUnit();
        return Money.toWan(row.number(), unit);
    }
}
