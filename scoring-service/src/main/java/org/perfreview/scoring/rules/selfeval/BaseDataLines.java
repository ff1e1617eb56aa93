package org.perfreview.scoring.rules.selfeval;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.BaseData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The three money columns of the base-data table and lookup of a line by its key. */
final class BaseDataLines {

    record Column(String label, Function<BaseData.Line, Amount> cell) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("上年决算", BaseData.Line::lastYearFinal),
            new Column("本年预算", BaseData.Line::budget),
            new Column("本年决算", BaseData.Line::finalAccount));

    private BaseDataLines() {
    }

    static Optional<BaseData.Line> line(BaseData b, String key) {
        return b.lines() == null ? Optional.empty()
                : b.lines().stream().filter(l -> key.equals(l.key())).findFirst();
    }

    static BigDecimal value(BaseData.Line line, Column c) {
        return Amount.valueOf(c.cell().apply(line));
    }
}
